# Converting numbers between bases by hand, digit sums, palindromes and perfect numbers.
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out

for n in [0, 7, 255, -42, 2 ** 40 + 1]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36), bin(n), hex(n), oct(n))
print(int(to_base(123456789, 7), 7))
print([n for n in range(1, 600) if sum(d for d in range(1, n) if n % d == 0) == n])
print([n for n in range(10, 200) if str(n) == str(n)[::-1] and to_base(n, 2) == to_base(n, 2)[::-1]])
print(sum(int(c) for c in str(2 ** 100)))
