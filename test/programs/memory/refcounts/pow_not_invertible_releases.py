# pow(a, -1, m) with no inverse raises, and long_pow lets go of its base, exponent and modulus.
import sys

base = 10 ** 20 + 4
modulus = 10 ** 20 + 8
exponent = -(10 ** 12)
before = (sys.getrefcount(base), sys.getrefcount(modulus), sys.getrefcount(exponent))
for _ in range(3):
    try:
        pow(base, exponent, modulus)
    except ValueError as exc:
        message = str(exc)
print(message)
print(before == (sys.getrefcount(base), sys.getrefcount(modulus), sys.getrefcount(exponent)))
print(pow(3, -1, 7), pow(base, -1, 10 ** 20 + 7) * base % (10 ** 20 + 7))
