# A memoryview and its managed buffer each hold the exporter (view.obj and master.obj);
# release() drops them; slices share the managed buffer but hold the exporter too.
import sys
b = bytes(range(10))
rc = sys.getrefcount
base = rc(b)
m = memoryview(b)
print(rc(b) - base, rc(m))
s = m[2:5]
print(rc(b) - base, rc(m), rc(s))
t = memoryview(m)
print(rc(b) - base, rc(m), rc(t))
x = m.obj
print(rc(b) - base)
del x
s.release()
print(rc(b) - base)
m.release()
print(rc(b) - base)
t.release()
print(rc(b) - base)
del m, s, t
print(rc(b) - base)
ba = bytearray(b'abc')
bbase = rc(ba)
w = memoryview(ba)
print(rc(ba) - bbase)
del w
print(rc(ba) - bbase)
it = iter(memoryview(b))
print(rc(b) - base)
del it
print(rc(b) - base)
