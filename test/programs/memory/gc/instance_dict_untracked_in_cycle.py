# An instance whose __dict__ holds only atomic values: up to 3.10 that dict is untracked, so a collection does not count it.
import gc
class C:
    pass
gc.collect()
a = C()
a.n = 1
a.s = 'x'
box = [a]
box.append(box)
del a, box
print(gc.collect())
b = C()
b.items = []
box = [b]
box.append(box)
del b, box
print(gc.collect())
