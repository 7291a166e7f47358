# gc.disable() stops automatic collections; gc.collect() still works.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.collect()
for i in range(3000):
    a = [i]
    a.append(a)
del a
print(gc.collect())
gc.enable()
print(gc.isenabled())
