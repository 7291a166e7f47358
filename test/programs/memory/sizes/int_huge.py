# getsizeof of very large ints: 2**1000, 10**100, a factorial.
import sys
print(sys.getsizeof(2 ** 1000))
print(sys.getsizeof(10 ** 100))
f = 1
for i in range(1, 60):
    f *= i
print(sys.getsizeof(f))
print(sys.getsizeof(2 ** 1000 - 2 ** 999))
