# References a deque and a defaultdict hold and release, and the ids of freed objects reused:
# a deque's GC object and its iterator come back from pymalloc at the same address.
import sys
from collections import defaultdict, deque

item = object()
base = sys.getrefcount(item)
d = deque([item, item])
print(sys.getrefcount(item) - base)
d.append(item)
d.appendleft(item)
d.extend([item])
print(sys.getrefcount(item) - base)
d.rotate(-2)
d.remove(item)
print(sys.getrefcount(item) - base, d.count(item), item in d, d[0] is item)
d.popleft()
print(sys.getrefcount(item) - base)
it = iter(d)
print(sys.getrefcount(d), next(it) is item)
del it
print(sys.getrefcount(d))
d2 = d.copy()
print(sys.getrefcount(item) - base, d2 == d, d2 is d)
del d, d2
print(sys.getrefcount(item) - base)

factory_base = sys.getrefcount(list)
groups = defaultdict(list)
print(sys.getrefcount(list) - factory_base)
groups["a"].append(item)
groups["b"]
print(sys.getrefcount(item) - base, len(groups), groups.default_factory is list)
del groups
print(sys.getrefcount(list) - factory_base, sys.getrefcount(item) - base)

a = deque()
first = id(a)
del a
b = deque([1, 2, 3])
print(id(b) == first)
i1 = iter(b)
first_it = id(i1)
del i1
i2 = reversed(b)
print(id(i2) == first_it, list(i2))
dd = defaultdict(int)
dd_id = id(dd)
del dd
dd2 = defaultdict(int)
print(id(dd2) == dd_id)
