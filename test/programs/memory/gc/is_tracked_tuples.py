# Tuples of atomic items are tracked at creation and untracked by a collection.
import gc
a, b = 1000, 'x'
t = (a, b)
u = (a, [])
v = (a, (b, a))
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v))
print(gc.is_tracked(()))
