# The cyclic collector: gc.collect() counts a self-referencing list, an instance cycle and a dict cycle.
import gc
gc.collect()
a = [0]
a[0] = a
del a
print(gc.collect())
class Node:
    def __init__(self):
        self.other = None
x = Node(); y = Node()
x.other = y; y.other = x
del x, y
print(gc.collect())
print(gc.collect())
print(gc.get_threshold())
print(gc.is_tracked([]), gc.is_tracked(1))
d = {}
d['self'] = d
del d
print(gc.collect())
