# gc.collect() returns the number of unreachable objects of many cycles.
import gc
class N:
    pass
gc.collect()
for i in range(50):
    x = N()
    y = N()
    x.p = y
    y.p = x
del x, y
print(gc.collect())
for i in range(30):
    l = [i]
    l.append(l)
del l
print(gc.collect())
