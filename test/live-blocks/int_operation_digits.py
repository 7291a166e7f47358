# Int division, shifts, bitwise operations, ~ and pow(a, b, c) keep the digits CPython's
# operation asked of _PyLong_New before long_normalize, often more than the value needs.
a = 2 ** 95 + 12345678901234567
b = 3 ** 40 + 7
big = 7 ** 200
bigb = 3 ** 150
values = (a, -a, b, -b, big, -big, 10 ** 12, -(10 ** 12), 12345, -6789, 2 ** 30, -(2 ** 30))
divisors = (b, -b, 7, -7, 1000, bigb, -bigb, 2 ** 31, -(2 ** 31))
quotients = [x // y for x in values for y in divisors]
remainders = [x % y for x in values for y in divisors]
pairs = [divmod(x, y) for x in values for y in divisors]
exact = [(a * b) % b, (a * b + 3) % b, (big * bigb) // bigb]
shifted = [x << s for x in values for s in (0, 1, 7, 29, 30, 40, 100)]
unshifted = [x >> s for x in values for s in (0, 1, 3, 30, 31, 35, 60, 1000)]
anded = [x & y for x in values for y in values]
ored = [x | y for x in values for y in values]
xored = [x ^ y for x in values for y in values]
inverted = [~x for x in values]
absolute = [abs(x) for x in values]
powers = [pow(x, e, m) for x in (a, -a, 12345) for e in (1, 2, 3, 65537, 2 ** 70 + 5, -1) for m in (b, -b, bigb + 2)]
huge_exponent = [pow(a, 2 ** 250 + 999, b), pow(big, 10 ** 100 + 1, bigb)]
print(len(quotients), len(remainders), len(pairs), exact, len(shifted), len(unshifted))
print(len(anded), len(ored), len(xored), len(inverted), len(absolute), len(powers), len(huge_exponent))
