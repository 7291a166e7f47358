# str.format with nested fields, conversions, attribute/index lookups, and %-formatting with a mapping.

class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Item<{self.name}>"
    def __format__(self, spec):
        if spec == "short":
            return self.name[:3]
        return format(f"{self.name} x{self.qty}", spec)

items = [Item("hammer", 12.5, 2), Item("screwdriver", 4.25, 10), Item("tape", 1.0, 100)]
w = max(len(i.name) for i in items)

print("{:>{w}} | {:^8} | {:<6}".format("name", "price", "qty", w=w))
for it in items:
    print("{0.name:>{w}} | {0.price:^8.2f} | {0.qty:<6d}".format(it, w=w))
print("{!r} {!s} {!a}".format("tea", "tea", "thé"))
print("{0!r:>12}|{0!s:<8}|".format("x"))
print("{items[1].name} {items[0]!r} {d[key]} {d[0]}".format(items=items, d={"key": "v", 0: "zero"}))
print("{:{fill}{align}{width}.{prec}f}".format(3.14159, fill="*", align="^", width=12, prec=3))
print("{0:{1}}|{0:{2}}".format(42, "+06d", "x"))
print("{{literal}} {}{{}}".format(1))
print("{:,} {:_} {:,.2f} {:_x} {:#b} {:#o} {:#X}".format(1234567, 1234567, 1234.5, 0xDEADBEEF, 5, 8, 255))
print("{:%} {:.1%} {:e} {:.3g} {:g} {:g}".format(0.25, 0.3333, 12345.678, 0.00012345, 1e20, 100.0))
print("{:>10} {:<10}| {:^10}| {:=+8d}".format("r", "l", "c", 42))
print("{:short} {:>15} {}".format(items[0], items[1], items[2]))
print(f"{items[0]:short} {items[1]!r:>15} {items[2].price:08.3f}")
print(format(12, "b"), format(-12, "x"), format(3.5, ""), format("s", "^5"), format(True, "d"), format(True))

width, precision = 10, 4
value = 2 ** 0.5
print(f"[{value:{width}.{precision}}] [{value:<{width}.{precision}f}] [{value!r:>{width + 10}}]")
print(f"{'nested ' + str(width):*^{width * 2}}")
print(f"{3 + 4=}", f"{value=:.2f}", f"{ width = }")

record = {"name": "Ada", "age": 36, "lang": "Python", "score": 97.456}
print("%(name)s is %(age)d and codes in %(lang)s (score %(score).1f)" % record)
print("%(name)-6s|%(age)05d|%(score)10.3f|%(name)r" % record)
print("%s %r %d %i %x %X %o %e %g %c %%" % ("s", "r", 7.9, -3, 255, 255, 8, 1234.5, 0.0001, 65))
print("%5s|%-5s|%05.1f|%+d|% d|%#x|%#o" % ("ab", "ab", 3.14159, 5, 5, 255, 8))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % {"a": 1}, "%(x)s %(x)r" % {"x": "X"})
for bad in [lambda: "%(missing)s" % record, lambda: "%d" % "x", lambda: "%s %s" % ("one",),
            lambda: "%s" % (1, 2), lambda: "{0} {2}".format(1, 2), lambda: "{a}".format(b=1),
            lambda: "{:d}".format(1.5), lambda: "{0.missing}".format(items[0]), lambda: "%z" % 1,
            lambda: "{!x}".format(1), lambda: "{:<<<}".format(1), lambda: format(1, ".2d")]:
    try:
        bad()
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
