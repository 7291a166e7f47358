# Freed one-key dicts park their 8-slot keys objects; new one-key dicts take them back.
import gc, sys
gc.collect()
gc.disable()
ds = [{} for _ in range(10)]
for d in ds:
    d['k'] = 1
b0 = sys.getallocatedblocks()
del d
del ds
b1 = sys.getallocatedblocks()
es = [{'k': 1}, {'k': 2}, {'k': 3}, {'k': 4}, {'k': 5}]
b2 = sys.getallocatedblocks()
print('after freeing 10 dicts:', b1 - b0)
print('after 5 new one-key dicts:', b2 - b1)
