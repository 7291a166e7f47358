# The type attribute cache holds a reference to each name it is filled for. 3.13 picks the
# entry with the type's version tag before the lookup, 0 for a new class, and fills it with the
# tag it then assigns: the next lookup misses and fills a second entry. Up to 3.12 the tag is
# assigned first. (3.12 makes the interned name immortal.)
import sys


class Q:
    pass


q = Q()
key = sys.intern("delta_" + "attr")
b2 = sys.getrefcount(key)
for i in range(4):
    getattr(q, key, None)
    print("lookup", i, sys.getrefcount(key) - b2)


class R:
    pass


r = R()
setattr(r, key, 1)
print("R set", sys.getrefcount(key) - b2)
for i in range(3):
    setattr(r, key, 1)
    print("R set", i, sys.getrefcount(key) - b2)
