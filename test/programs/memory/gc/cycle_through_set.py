# A set holding an instance that holds the set.
import gc
class H:
    pass
gc.collect()
s = set()
h = H()
h.s = s
s.add(h)
del s, h
print(gc.collect())
