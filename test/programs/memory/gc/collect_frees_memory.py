# Blocks held by a cycle are given back by the collection.
import gc, sys
gc.collect()
gc.disable()
b0 = sys.getallocatedblocks()
ring = [[i] for i in range(100)]
ring.append(ring)
b1 = sys.getallocatedblocks()
del ring
b2 = sys.getallocatedblocks()
print(b1 - b0 > 200, b1 - b2 < 10)
print(gc.collect())
print(b2 - sys.getallocatedblocks() > 190)
