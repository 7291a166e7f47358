# getsizeof of powers of two: one 30-bit digit more every 30 bits.
import sys
for k in range(0, 200, 7):
    print(k, sys.getsizeof(2 ** k))
