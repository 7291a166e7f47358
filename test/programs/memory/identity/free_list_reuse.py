# A freed float, tuple, list or dict goes on its type's free list; the next object of
# that type (and, for tuples, that length) takes the same memory back: same id().
import sys

x = float("1.25")
fid = id(x)
del x
y = float("2.5")
print("float reuses the freed float's block:", id(y) == fid)

t = tuple([1, 2, 3])
tid = id(t)
del t
u = tuple([4, 5])
v = tuple([6, 7, 8])
print("a 2-tuple does not take a 3-tuple's block:", id(u) == tid)
print("the next 3-tuple does:", id(v) == tid)

a = [1, 2, 3]
lid = id(a)
del a
b = []
print("list object reused:", id(b) == lid)

d = {"k": 1}
did = id(d)
del d
e = {}
print("dict object reused:", id(e) == did)

# Parked objects keep their blocks: freeing 50 floats leaves the allocated-block count up.
before = sys.getallocatedblocks()
fs = [float(i) + 0.5 for i in range(50)]
mid = sys.getallocatedblocks()
del fs
after = sys.getallocatedblocks()
print("blocks for 50 floats and the list:", mid - before > 0)
print("all 50 floats stay on the free list:", mid - after)

# A full collection empties the free lists: their blocks go back to pymalloc.
import gc

fs = [float(i) + 0.5 for i in range(60)]
del fs
b1 = sys.getallocatedblocks()
gc.collect()
b2 = sys.getallocatedblocks()
print("gc.collect() releases the parked floats:", b1 - b2 >= 60)
