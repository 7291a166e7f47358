# memoryview(obj) allocates two blocks (the view and a managed buffer for the exporter); a
# slice or a view of a view adds one (they share the managed buffer); all are freed with the last view.
import sys
g = sys.getallocatedblocks
# 3.11 keeps attribute names in its type method cache: the first lookup of memoryview.release
# may drop a name another lookup left there (a block freed). Look it up once before measuring.
memoryview(b'').release()
b = b'abcdef' * 10
ba = bytearray(b'xyz')
keep = []
b0 = g()
for i in range(20):
    keep.append(memoryview(b))
b1 = g()
for i in range(20):
    keep.append(keep[i][1:4])
b2 = g()
for i in range(20):
    keep.append(memoryview(keep[i]))
b3 = g()
keep.clear()
b4 = g()
print(b1 - b0, b2 - b1, b3 - b2, b4 - b0)
for i in range(10):
    keep.append(memoryview(ba))
b5 = g()
for m in keep:
    m.release()
b6 = g()
keep.clear()
b7 = g()
print(b5 - b4, b6 - b5, b7 - b4)
m = memoryview(b)
s = m[::2]
b8 = g()
del m
b9 = g()
del s
b10 = g()
print(b9 - b8, b10 - b8)
with memoryview(b) as w:
    b11 = g()
b12 = g()
del w
b13 = g()
print(b12 - b11, b13 - b11)
