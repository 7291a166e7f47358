# A cycle through __slots__ members: no __dict__ in any version.
import gc
class S:
    __slots__ = ('other',)
gc.collect()
a = S()
b = S()
a.other = b
b.other = a
del a, b
print(gc.collect())
