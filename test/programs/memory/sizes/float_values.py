# getsizeof of floats: every float is the same 24 bytes.
import sys
for v in (0.0, -0.0, 1.5, 1e300, -1e-300, float('inf'), float('nan'), 2.0 ** 0.5):
    print(sys.getsizeof(v))
print(sys.getsizeof(3 / 4), sys.getsizeof(float(10 ** 20)))
