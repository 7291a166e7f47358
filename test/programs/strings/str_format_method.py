# str.format and format_map: automatic and manual numbering, keywords, attributes,
# indexes, conversions, nested specs, and the errors of each.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0.x},{0.y} {0!r} {0!s}".format(p))
print("{d[k]} {l[1]} {l[0]:>4}".format(d={"k": "v"}, l=[10, 20]))
print("{:{w}.{p}f}|{:^{w}}".format(3.14159, "mid", w=9, p=2))
print("{{literal}} {}".format("x"))
print("{!a}".format("café"))
print("{:,}|{:_}|{:,.2f}|{:.1%}|{:e}".format(1234567, 1234567, 1234.5678, 0.256, 12345.6789))
print("{:b}|{:o}|{:x}|{:#X}|{:08b}|{:c}".format(10, 10, 255, 255, 5, 97))
print("{:<6}|{:>6}|{:^6}|{:*^7}|{:=+6}".format("l", "r", "c", "s", 42))
print("{0:{1}}".format(7, "03"))
print("{x}-{y}".format_map({"x": 1, "y": 2}))
for fmt, args, kwargs in [
    ("{} {1}", (1, 2), {}),
    ("{0} {}", (1, 2), {}),
    ("{2}", (1,), {}),
    ("{missing}", (), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{:d}", ("s",), {}),
    ("{:s}", (5,), {}),
    ("{0.nope}", (p,), {}),
]:
    try:
        print(fmt.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)
