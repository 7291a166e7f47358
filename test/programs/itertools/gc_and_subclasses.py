# The collector and itertools: zip_longest's recycled result tuple the collector untracked is
# tracked again, subclasses of the types, and cycles through chain, tee and count collected.
import sys, gc
from itertools import zip_longest, count, chain, groupby, tee, cycle
gc.disable()
z = zip_longest([1, 2], [3])
t = next(z); del t
gc.collect()
t = next(z); print(gc.is_tracked(t), t)
class C(count):
    pass
c = C(5)
print(type(c).__name__, next(c), repr(c), sys.getsizeof(c) > 56)
class Ch(chain):
    def __init__(self, *a):
        self.n = len(a)
ch = Ch([1], [2])
print(list(ch), ch.n)
g = groupby([1, 1, 2])
k, grp = next(g)
del g
print(list(grp))
a, b = tee([1, 2, 3])
l = [a]
l.append(l)
del l
print(gc.collect())
cy = cycle([1])
cy2 = [cy]
print(gc.collect())
x = [chain()]
x.append(x)
del x
b0 = sys.getallocatedblocks()
print(gc.collect(), sys.getallocatedblocks() - b0)
class Node:
    pass
n = Node()
n.it = count()
n.self = chain([n])
del n
print(gc.collect())
