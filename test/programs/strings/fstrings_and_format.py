# f-strings with conversions and format specs, and the format() builtin.
import math

name = "Grace"
n = 1234567.891
items = [("apples", 3, 0.5), ("pears", 12, 0.25), ("kiwis", 150, 0.1)]
print(f"{name!r:>10}|{name:<8}|{name:^9}|")
print(f"{n:,.2f} {n:.3e} {n:g} {int(n):_d} {n:10.1f}")
print(f"{math.pi:.10f} {math.e:+.4f} {-0.0:.1f} {1e300 * 10:f} {float('nan'):5}")
for fruit, count, price in items:
    print(f"{fruit:<8}{count:>5}{price:>8.2f}{count * price:>9.3f}")
width, prec = 12, 3
print(f"{math.tau:{width}.{prec}f}|")
print(format(255, "x"), format(255, "#010b"), format(3.5, "%"), format("s", ">3"), format(True, ">5"), format(True))
print(format(12, ""), format(1.0), format(1e16), format(1.5e-7), format(123456789.0, ".3g"))
print(f"{True:d} {False!s} {None!r} {[1, 2]!s:>8}")
print(f"{'nested ' + name.upper():*^20}")
print(f"{10:#x} {10:#o} {10:#b} {-10:x} {65:c}")
for value, spec in [(3.5, "d"), ("s", "d"), (5, "s"), ([1], ">3"), (object(), "x"), ([1], "")]:
    try:
        print(format(value, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
