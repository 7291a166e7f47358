# getsizeof of [x] * n and of list * n: exactly n slots.
import sys
for n in (0, 1, 2, 3, 5, 10, 33, 100):
    print(n, sys.getsizeof([0] * n), sys.getsizeof([None] * n))
print(sys.getsizeof([1, 2, 3] * 4))
