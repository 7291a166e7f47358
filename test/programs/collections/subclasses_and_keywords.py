# A Python subclass of deque or defaultdict: each instance freed gives back one reference of its
# class (subtype_dealloc's, or the 3.12+ heap base's dealloc: never both); defaultdict with keywords
# only has no factory.
import sys
from collections import defaultdict, deque

print(defaultdict(x=1), defaultdict(None, y=2))


class D2(deque):
    pass


class DD(defaultdict):
    pass


r = sys.getrefcount(D2), sys.getrefcount(DD)
for i in range(5):
    x = D2([i])
    y = DD(list, k=i)
    del x, y
print(sys.getrefcount(D2) - r[0], sys.getrefcount(DD) - r[1])
