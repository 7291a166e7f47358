# The empty tuple and str are immortal from 3.12 on.
import sys
for v in ((), ''):
    r = sys.getrefcount(v)
    print(r if sys.version_info >= (3, 12) else r > 2)
e = tuple([])
print(e == ())
