# Each instance holds a reference to its class.
import sys
class K:
    pass
base = sys.getrefcount(K)
ks = [K() for _ in range(5)]
print(sys.getrefcount(K) - base)
del ks
print(sys.getrefcount(K) - base)
k = K()
print(sys.getrefcount(k))
