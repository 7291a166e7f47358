# None, True and False: immortal with a pinned count from 3.12 on.
import sys
for v in (None, True, False, ..., NotImplemented):
    r = sys.getrefcount(v)
    print(r if sys.version_info >= (3, 12) else r > 2)
