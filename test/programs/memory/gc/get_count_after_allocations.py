# gc.get_count()[0] grows by one per container allocated and shrinks by one per container freed.
import gc
gc.disable()
gc.collect()
class C:
    pass
print('start')
gc.get_count()
c0 = gc.get_count()[0]
a = set()
b = set()
c = C()
d = C()
r1 = gc.get_count()[0] - c0
del a, c
r2 = gc.get_count()[0] - c0
del b, d
r3 = gc.get_count()[0] - c0
print(r1, r2, r3)
