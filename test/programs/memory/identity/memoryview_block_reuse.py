# A freed memoryview gives its managed buffer's block back first, then its own: the next
# memoryview() takes both again (same id); a view whose managed buffer a slice keeps alive
# frees only its own block.
b = b'x' * 10
m = memoryview(b)
a = id(m)
del m
m2 = memoryview(b)
print(id(m2) == a)
s = m2[::2]
del m2
t = memoryview(b)
print(id(t) == a, id(s) == a)
u = s[1:]
sid = id(s)
del s
v = memoryview(t)
print(id(v) == sid, id(u) == a)
objs = [memoryview(b) for i in range(5)]
ids = [id(o) for o in objs]
del objs
again = [memoryview(b) for i in range(5)]
print(sorted(ids) == sorted(id(o) for o in again))
