# getsizeof of negative ints: the sign lives in the size field, not in a digit.
import sys
for v in (-1, -2 ** 30, -(2 ** 30) + 1, -2 ** 60, -2 ** 1000, -123456789012345678901234567890):
    print(sys.getsizeof(v))
