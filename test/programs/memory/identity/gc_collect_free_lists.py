# A full collection empties the free lists: parked floats and tuples go back to pymalloc.
import gc
import sys
junk = [(float(i), float(i) + 1) for i in range(80)]
del junk
b1 = sys.getallocatedblocks()
gc.collect()
b2 = sys.getallocatedblocks()
print(b1 - b2 >= 80)
gc.collect()
print(sys.getallocatedblocks() - b2 <= 2)
