# An instance's __dict__ is tracked by the collector once it holds a container (3.8-3.10 dict objects).
import gc
class Box:
    pass
gc.collect()
b = Box()
b.n = 1
print(gc.is_tracked(b), gc.is_tracked(b.__dict__))
b.items = []
print(gc.is_tracked(b.__dict__))
c = Box()
c.me = c
del c
print(gc.collect())
