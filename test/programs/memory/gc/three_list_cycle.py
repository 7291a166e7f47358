# A ring of three lists.
import gc
gc.collect()
a = [1]
b = [2, a]
c = [3, b]
a.append(c)
del a, b, c
print(gc.collect())
