# getsizeof of ints computed at run time (products, shifts, sums).
import sys
a = 12345
b = a * a
c = b * b
d = c << 100
e = d - d
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e))
print(sys.getsizeof(int('9' * 50)))
print(sys.getsizeof(abs(-2 ** 62)))
