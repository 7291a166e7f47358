# Float ** float: each call goes to the correctly rounded pow (format/libm.ts).
s = 0.0
for i in range(100000):
    x = 1.0 + i * 0.001
    s += x ** 1.5
print(s)
