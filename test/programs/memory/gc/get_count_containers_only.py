# Atomic objects (ints, floats, strs) do not count toward the collector's threshold.
import gc
gc.disable()
gc.collect()
c0 = gc.get_count()[0]
nums = [i * 1000 for i in range(100)]
c1 = gc.get_count()[0]
print(c1 - c0)
dicts = [{} for i in range(10)]
sets = [set() for i in range(10)]
print(gc.get_count()[0] - c1)
