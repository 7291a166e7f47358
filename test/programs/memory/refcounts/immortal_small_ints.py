# Small ints (-5..256) are immortal from 3.12; bigger ints are ordinary objects.
import sys
for v in (0, 1, -5, 100, 256):
    r = sys.getrefcount(v)
    print(v, r if sys.version_info >= (3, 12) else r > 2)
big = int('1' * 11)
print(sys.getrefcount(big))
