# Which freed keys objects are kept: 8-slot tables of any keys up to 3.10, from 3.11
# only those whose keys are all str.
import gc, sys
gc.collect()
gc.disable()
a = [{i: None} for i in range(-20, -10)]
b0 = sys.getallocatedblocks()
del a
print('ten int-key dicts freed:', b0 - sys.getallocatedblocks())
gc.collect()
s = [{'x': None} for _ in range(10)]
b0 = sys.getallocatedblocks()
del s
print('ten str-key dicts freed:', b0 - sys.getallocatedblocks())
m = [{'x': None, 1: None} for _ in range(10)]
b0 = sys.getallocatedblocks()
del m
print('ten mixed-key dicts freed:', b0 - sys.getallocatedblocks())
