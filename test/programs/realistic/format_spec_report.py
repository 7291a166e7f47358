# Report formatting with str.format and f-strings: nested fields, format specs from
# variables, !r/!s/!a, the = specifier (3.8+), format_map, attribute and index fields,
# star-unpacking in calls, displays and assignments, and the walrus operator.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 199.999)]
name_w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print("{0:<{w}} | {1:>4d} | {2:>9,.2f} | {3:>10.2%}".format(name, qty, price, qty / 17, w=name_w))
print("{:^{}}".format("centered", 20) + "|", "{:{fill}{align}{width}}".format("x", fill="-", align=">", width=6))
print("{0}{1}{0}".format("ab", "cd"), "{name} is {age}".format(name="Ann", age=30), "{0[1]} {0[0]}".format(["a", "b"]), "{p.x}/{p.y}".format(p=Point(3, 4)))
print("{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}), "{!r:>12}".format("q"), "{!s}".format(Point(1, 2)), "{!a}".format("é"))
print("{{literal}} {}".format(1), "{:,}".format(10**9), "{:_x}".format(2**40), "{:#b}".format(10), "{:+.1e}".format(-12345.678), "{:=^+9}".format(7))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25}, "{0:{1}.{2}f}".format(3.14159, 10, 3), "{:>{}}".format("r", 4))
data = {"user": "kim", "n": 3}
print("{user} has {n} items".format_map(data))


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{user} / {unknown}".format_map(Defaulting(data)))
for bad in ["{0} {}", "{", "}", "{:d}", "{0.missing}", "{2}", "{x}", "{0!z}", "{:,d}"]:
    try:
        print(bad.format(1.5) if bad != "{:,d}" else bad.format("s"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

x, width, prec = 2 / 3, 12, 4
p = Point(1, -2)
print(f"{x:{width}.{prec}f}|{x!r}|{p!s}|{p!r:>16}|{'é'!a}|{x:.{prec}}|{width:#06x}")
print(f"{x=}", f"{x = :.3f}", f"{p.x + p.y=}", f"{width*2=!s}", f"{'nested ' + 'expr'=}")
print(f"{'{'}{'}'} {{braces}} {3:{'>'}{5}} {[1, 2][1]} {dict(a=1)['a']} {(lambda v: v * 2)(4)}")
nums = [5, 3, 8]
print(f"{len(nums)} items, max {max(nums)}, sorted {sorted(nums)!r}, joined {', '.join(map(str, nums))}")

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
(a, b), *c = [(1, 2), 3, 4]
print(init, tail, head, rest, a, b, c)
merged = [*nums, *"xy", *range(2)]
combined = {**{"a": 1}, "b": 2, **dict(c=3)}
uniq = {*nums, *[5, 9]}
print(merged, combined, sorted(uniq), (*nums,), [*()])


def describe(*args, sep=", ", **kwargs):
    return sep.join(map(str, args)) + " | " + ", ".join(f"{k}={v}" for k, v in kwargs.items())


print(describe(*nums, *"ab", sep="; ", **{"k": 1}, z=0))
print(describe(*[], **{}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)

log = ["ok", "", "warn: disk", "error: net", "ok"]
if (n := len(log)) > 3:
    print(f"long log ({n} entries)")
print([m for line in log if (m := line.partition(":")[2].strip())])
while (item := log.pop()) != "error: net":
    print("popped", repr(item))
print(log, [y := 5, y ** 2], (total := sum(range(5))), total)
