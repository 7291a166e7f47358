# Deleting a container returns its blocks.
import gc, sys
gc.collect()
gc.disable()
b0 = sys.getallocatedblocks()
big = [[None] for i in range(1000)]
b1 = sys.getallocatedblocks()
del big
b2 = sys.getallocatedblocks()
print(b1 - b0 >= 2000, b2 - b0 <= 0)
