# getsizeof of 0, 1, -1 and the bools: 0 has no digit before 3.11 and one from 3.11.
import sys
for v in (0, 1, -1, True, False, 255, 256, -5):
    print(repr(v), sys.getsizeof(v))
