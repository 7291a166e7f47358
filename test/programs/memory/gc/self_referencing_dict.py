# A dict that contains itself is one unreachable object.
import gc
gc.collect()
d = {}
d['me'] = d
del d
print(gc.collect())
