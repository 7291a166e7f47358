# Blocks per instance (rounded to a tenth over 200) for a first and a second attribute added after creation.
import gc, sys
gc.collect()
gc.disable()
class C:
    pass
objs = [C() for i in range(200)]
b0 = sys.getallocatedblocks()
for o in objs:
    o.a = None
b1 = sys.getallocatedblocks()
for o in objs:
    o.b = None
b2 = sys.getallocatedblocks()
print(round((b1 - b0) / 200, 1), round((b2 - b1) / 200, 1))
