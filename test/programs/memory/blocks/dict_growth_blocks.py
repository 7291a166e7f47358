# Growing one dict: the keys object is replaced at each resize, the count stays.
import gc, sys
gc.collect()
gc.disable()
d = {}
b0 = sys.getallocatedblocks()
for i in range(100):
    d[None if i == 0 else -i - 10000] = None
print(sys.getallocatedblocks() - b0 - 99)
