# Looking inside floats: repr round-tripping, float.hex/fromhex, as_integer_ratio, is_integer,
# special values and their comparisons, float() parsing, format specs.
import math
import sys

values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789012345678.0, 1e-7, 0.0001, 1e22, 1e-5,
          5e-324, 1.7976931348623157e308, -0.0, 100.0, 1.5e300 * 1.5e300, math.sqrt(2.0)]
for v in values:
    print(repr(v), str(v), v.hex(), v.is_integer() if math.isfinite(v) else "-", float(repr(v)) == v)
for v in [0.5, 0.1, -2.75, 3.0, 1e-3, 0.0]:
    print(v, v.as_integer_ratio())
for s in ["0x1.8p1", "-0x1p-1074", "0x.8", "inf", "0X1P+4", "0x1.fffffffffffffp1023", " 0x10 "]:
    print(s.strip(), float.fromhex(s))
for s in ["0x1p2000", "0xg", ""]:
    try:
        float.fromhex(s)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], inf > 1e308, -inf < -1e308, inf - inf, inf * 0, -inf, abs(-inf))
print(float("  1_000.5 "), float("-Infinity"), float("+nan"), float("1e-400"), float("1e400"), float(" 12 "), float("  .5"), float("5."))
for s in ["1,5", "abc", "", "1__0", "0x10", "in f"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)

x = 1234.5678
specs = ["", ".2f", "10.3f", "<10.1f", "^12.2e", "+.3g", ",.2f", "_.1f", "%", ".1%", "010.2f", "g", ".0f", ".0e", "#.0f", "e", "E", "G", "n", "=+12.2f", "*>12,.1f", ".3"]
for spec in specs:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.0, -0.0, 1e100, 1e-100, inf, -inf, nan, 0.5, 2.5, 1e16, 123456789.0]:
    print(format(v, ""), format(v, "g"), format(v, ".3"), format(v, "12.4e"), format(v, "z.1f") if sys.version_info >= (3, 11) else format(abs(v) if v == 0 else v, ".1f"))
print(f"{x:{'>'}{15}.{2}f}|{x:{','}}|{x!r:>20}|{x!s:<12}|")
for bad in [".2d", "c", "=s", "x"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print("ValueError:", e)

print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3))
print(math.copysign(1.0, -0.0), math.fmod(-7, 3), -7 % 3, math.hypot(3, 4), math.sqrt(2), math.pi, math.e, math.tau, math.inf)
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(round(x, 2), round(x, -2), round(x), type(round(x)), type(round(x, 0)), 7.0 // 2, -7.0 // 2, 7.5 % -2, (0.1).__round__(0))
print(float.__repr__(2.0), 1e16 == 10 ** 16, 2 ** 53 + 1 == float(2 ** 53 + 1), float(10 ** 20), 10 ** 20 / 3, 7 / 7, 1 // float(1))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(inf), hash(2.0 ** 70) == hash(2 ** 70))
