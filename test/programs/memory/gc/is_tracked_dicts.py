# Dicts of atomic values start untracked up to 3.13; a container value makes them tracked.
import gc
print(gc.is_tracked({}))
print(gc.is_tracked({'a': 1}))
d = {'a': 1, 'b': 'x'}
print(gc.is_tracked(d))
d['c'] = []
print(gc.is_tracked(d))
del d['c']
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
print(gc.is_tracked({'t': (1, 2)}))
