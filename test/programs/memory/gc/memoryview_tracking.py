# memoryview and its managed buffer are GC objects: a view is tracked from birth, counts
# toward generation 0, and a view kept in a cycle is collected with it.
import gc
gc.collect()
b = b'abc'
m = memoryview(b)
print(gc.is_tracked(m), gc.is_tracked(m[1:]), gc.is_tracked(b))
c0 = gc.get_count()[0]
views = []
for i in range(10):
    views.append(memoryview(b))
print(gc.get_count()[0] - c0)
del views
class Holder:
    pass
h = Holder()
h.self = h
h.view = memoryview(b)
del h
print(gc.collect())
l = [memoryview(bytearray(b'xy'))]
l.append(l)
del l
print(gc.collect())
m.release()
print(gc.is_tracked(m))
print(gc.collect())
# A released view's managed buffer leaves the collector (mbuf_release untracks it).
l = [memoryview(b)]
l[0].release()
l.append(l)
del l
print(gc.collect())
s = memoryview(b)
l = [s, s[1:]]
l.append(l)
del l
print(gc.collect(), gc.is_tracked(s))
