# Int ** without a modulus: long_pow's MULT steps for small and medium exponents
# (a ** 3 and b ** 17 of medium ints, 2 ** k up to a few digits).
s = 0
for i in range(100000):
    a = i + 12345
    b = i % 1000 + 3
    k = i % 150
    s += a ** 3 + b ** 17 + 2 ** k
print(s)
