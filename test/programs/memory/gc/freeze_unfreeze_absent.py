# gc.get_count() after a few collections of each generation.
import gc
gc.collect()
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect(2)
print(gc.get_count())
