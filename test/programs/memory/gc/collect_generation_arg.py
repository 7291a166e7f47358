# gc.collect(generation): a bad generation is a ValueError.
import gc
gc.collect()
a = []
a.append(a)
del a
print(gc.collect(0))
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
try:
    gc.collect(-1)
except ValueError as e:
    print('ValueError', e)
