# gc.get_count()[0] grows by one per container allocated and shrinks when one is freed.
import gc
gc.disable()
gc.collect()
c0 = gc.get_count()[0]
keep = []
for i in range(100):
    keep.append([])
c1 = gc.get_count()[0]
print(c1 - c0)
del keep
c2 = gc.get_count()[0]
print(c2 - c0)
x = 1.5 * len('abc')
s = 'abc' * 100
print(gc.get_count()[0] - c2)
