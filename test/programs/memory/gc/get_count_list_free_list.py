# Freed lists go to the list free list (80 of them) without lowering gc.get_count()[0].
import gc
gc.disable()
gc.collect()
c0 = gc.get_count()[0]
keep = []
for i in range(100):
    keep.append([])
print(gc.get_count()[0] - c0)
del keep
print(gc.get_count()[0] - c0)
