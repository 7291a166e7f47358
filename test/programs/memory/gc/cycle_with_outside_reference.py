# A cycle still referenced from outside is not collected.
import gc
gc.collect()
a = []
b = [a]
a.append(b)
keep = a
del a, b
print(gc.collect())
del keep
print(gc.collect())
