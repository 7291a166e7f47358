# sys.getsizeof of sets: growth by add, set(range(n)), frozenset, update from a dict and a set, clear, copy
import sys
g = sys.getsizeof
s = set()
out = []
for i in range(100):
    s.add(i)
    out.append(g(s))
print(sorted(set(out)))
print([g(set(range(n))) for n in (0, 4, 5, 18, 19, 76, 77)], [g(frozenset(range(n))) for n in (0, 5, 19)])
t = set()
t.update({i: 0 for i in range(10)})
print(g(t))
u = set(range(3))
u.update(set(range(40)))
print(g(u))
u.clear()
print(g(u))
v = set(range(30))
print(g(v.copy()), g(v | {100}), g(v & set(range(5))), g(v - set(range(25))))
for i in range(28):
    v.discard(i)
print(g(v), v)
v.difference_update([28])
print(g(v), v)
