# sys.getsizeof of lists as they grow by append, shrink by pop, and as list(), [x]*n, slices, copies, sorted() and extend build them
import sys
g = sys.getsizeof
a = []
sizes = []
for i in range(30):
    a.append(i)
    sizes.append(g(a))
print(sizes)
while a:
    a.pop()
    sizes.append(g(a))
print(sizes[30:])
print([g(list(range(n))) for n in range(8)])
print([g([0] * n) for n in range(6)], [g(list((1,) * n)) for n in range(6)])
print([g(list(x for x in range(n))) for n in range(12)])
print([g(sorted(range(n))) for n in range(12)])
b = list(range(10))
print(g(b[:]), g(b[2:5]), g(b.copy()), g(b + b), g(b * 2), g(b[::3]))
c = []
c.extend(range(5))
d = []
d.extend([1, 2, 3])
e = [1]
e.extend((2, 3, 4))
print(g(c), g(d), g(e))
f = [1, 2, 3]
f += [4]
f *= 3
print(g(f))
del f[2:]
print(g(f))
f[:] = []
print(g(f))
h = list("abcdefgh")
h.insert(0, "z")
print(g(h))
h.clear()
print(g(h))
print(g([]), g([1, 2]), g([1, 2, 3]), g(list()), g(list([])))
