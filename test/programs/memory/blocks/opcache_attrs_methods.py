# The opcache 3.8-3.10 make on a code's 1024th run: 3.10 also caches each LOAD_ATTR,
# none caches LOAD_METHOD (a method called without keywords); a method's code counts
# its runs like a function's, whichever instance it is called on.
import sys
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def plain(self):
        return 1
    def calls(self):
        return self.plain()
def deltas(fn, *args):
    out = []
    for i in range(1100):
        b = sys.getallocatedblocks()
        fn(*args)
        d = sys.getallocatedblocks() - b
        if d:
            out.append((i, d))
    return out
p = P(1)
print(deltas(p.get))
print(deltas(P(2).plain))
print(deltas(p.calls))
def attr_only(o):
    return o.x
print(deltas(attr_only, p))
def keywords(o):
    return o.get.__call__()
print(deltas(keywords, p))
# Instances made and dropped: __init__'s code gets its cache with the 1024th.
print(deltas(P, 3))
