# sys.getsizeof of dicts through growth, deletions, clear, copy, update, fromkeys, | and dict() forms
import sys
g = sys.getsizeof
d = {}
out = []
for i in range(50):
    d[i] = i
    out.append(g(d))
print(sorted(set(out)))
s = {}
for i in range(30):
    s[str(i)] = i
print(g(s))
for i in range(25):
    del s[str(i)]
print(g(s), len(s))
s.clear()
print(g(s))
print(g({}), g(dict()), g({"a": 1}), g({1: 1}))
big = {str(i): i for i in range(20)}
ib = {i: i for i in range(20)}
print(g(big.copy()), g(ib.copy()), g(dict(big)), g(dict(ib)))
e = {}
e.update(big)
print(g(e))
e = {"z": 0}
e.update(big)
print(g(e))
print([g(dict.fromkeys(range(n))) for n in (1, 5, 6, 10, 11, 21, 22)])
print(g(dict.fromkeys(big)), g(dict.fromkeys(set(range(10)))))
print(g(dict([(1, 2), (3, 4)])), g(dict(zip(range(10), range(10)))), g(dict(a=1)), g(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
m = {"x": 1}
m[1] = 2
print(g(m))
