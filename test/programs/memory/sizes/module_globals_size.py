# The script's namespace starts with CPython's nine names in a 32-slot table, and the
# script's own names resize it when they make 22 entries.
import sys
size = sys.getsizeof
g = globals()
print(list(g))
print(g['__doc__'], g['__package__'], g['__spec__'], g['__cached__'], g['__annotations__'])
print('loader present:', '__loader__' in g)
sizes = [size(g)]
a1 = 1; sizes.append(size(g))
a2 = 1; sizes.append(size(g))
a3 = 1; sizes.append(size(g))
a4 = 1; sizes.append(size(g))
a5 = 1; sizes.append(size(g))
a6 = 1; sizes.append(size(g))
a7 = 1; sizes.append(size(g))
a8 = 1; sizes.append(size(g))
a9 = 1; sizes.append(size(g))
a10 = 1; sizes.append(size(g))
print(len(g), sizes)
