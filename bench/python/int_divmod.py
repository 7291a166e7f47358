# Int // and % past one digit: a modular hash loop (x * 31 + i reaches two digits before
# % 10**9 + 7 brings it back) and big ints of 2-5 30-bit digits divided by 1-3 digit ones.
M = 10**9 + 7
x = 1
for i in range(200000):
    x = (x * 31 + i) % M
s = 0
a = 3**80
for i in range(60000):
    n = a + i * 7919
    d = 10**10 + i
    s += n // d + n % (d * 1000003) + (n >> 40) // (i + 1) + n % 1000000007
print(x, s)
