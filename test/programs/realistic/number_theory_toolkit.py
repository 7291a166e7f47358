# Number crunching: divmod/round with ndigits, pow with a modulus and negative exponents,
# int(str, base), bin/oct/hex, bit_length/bit_count, to_bytes/from_bytes.
import sys

def show(*vals):
    print(" ".join(repr(v) for v in vals))

for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (1, 0.3), (10**20, 7)]:
    show(divmod(a, b), a // b, a % b)
for args in [(0, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

show(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
show(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2), round(-0.0), round(1e300, 2))
show(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 1), round(15, -1), round(25, -1))
show(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-1.5, None))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

show(pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 100, 10**9 + 7), pow(38, -1, 97), pow(5, 0, 1))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
show(2 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0, (-2) ** 0.5, 10 ** -3)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

for s, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("  42  ", 10), ("1_000", 10), ("-0b11", 0), ("+12", 3), ("٣", 10)]:
    show(int(s, base))
for s, base in [("08", 0), ("9", 8), ("", 10), ("1__0", 10), ("0x", 16), ("12", 1), ("12", 37), ("_1", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
show(int("  -7 "), int(3.99), int(-3.99), int(True), int(b"12"), int(bytearray(b"0x1f"), 16))
for v in [0, 1, 5, -5, 255, 256, 2**64, -(2**64)]:
    show(v, bin(v), oct(v), hex(v), v.bit_length(), format(v, "b"), format(v, "#010x"))
if sys.version_info >= (3, 10):
    show((255).bit_count(), (-7).bit_count())
else:
    show(8, 3)

for n in [0, 1, 255, 256, 65535, -1, -128, -129, 2**31]:
    for signed in (False, True):
        try:
            b = n.to_bytes(4, "big", signed=signed)
            show(n, signed, b, int.from_bytes(b, "big", signed=signed), n.to_bytes(4, byteorder="little", signed=signed))
        except OverflowError as e:
            print("OverflowError:", n, signed, e)
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
show(int.from_bytes(b"\x01\x00", "little"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

for a, b in [(240, 46), (17, 5), (-12, 18), (0, 9)]:
    g, x, y = egcd(a, b)
    show(a, b, gcd(a, b), (g, x, y), a * x + b * y == g)
print(sum(d for d in range(1, 10000) if 10000 % d == 0), max(range(1, 50), key=lambda n: bin(n).count("1")))
