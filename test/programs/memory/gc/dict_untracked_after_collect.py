# A full collection untracks dicts of atomic values (up to 3.13); a young-generation collection does not.
import gc
d = {'a': []}
d['a'] = 1
print(gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect(2)
print(gc.is_tracked(d))
t = (1, 'x')
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
