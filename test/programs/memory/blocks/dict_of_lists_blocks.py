# A dict of many lists: the dict's keys, the lists and their items.
import gc, sys
gc.collect()
gc.disable()
b0 = sys.getallocatedblocks()
d = {}
for i in range(1000):
    d[-i - 1000] = [None]
print(sys.getallocatedblocks() - b0)
