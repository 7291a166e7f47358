# getsizeof just below and at each 30-bit digit boundary.
import sys
for k in (30, 60, 90, 120):
    print(k, sys.getsizeof(2 ** k - 1), sys.getsizeof(2 ** k), sys.getsizeof(2 ** k + 1))
