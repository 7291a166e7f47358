# Adding attributes to an existing instance.
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
print(b1 - b0, b2 - b1)
