# Collecting when there is no garbage returns 0.
import gc
gc.collect()
keep = [[1], {'a': 2}, {3}]
print(gc.collect())
print(gc.collect(0), gc.collect(1), gc.collect(2))
