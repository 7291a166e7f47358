# gc.get_count() right after a full collection.
import gc
gc.collect()
print(gc.get_count())
