# collections.deque's operations: both ends, maxlen eviction, rotate, indexing, search,
# comparison, repr and the errors CPython raises.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend(range(5, 8))
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d, 5 in d, 42 in d, d.count(5), d.index(5))
d.reverse()
print(d)
d.remove("a")
d.insert(2, "x")
del d[0]
d[1] = "y"
print(d, bool(d), bool(deque()))

b = deque(range(10), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([20, 21])
b.extendleft([30, 31])
print(b, list(b), list(reversed(b)))
z = deque("abc", 0)
z.append(1)
print(z, len(z))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) == [1, 2], deque() == deque(), deque([1]) >= deque([1, 0]))
c = b.copy()
print(c, c is b, c == b, type(c).__name__)
c.clear()
print(c, len(c), b)
r = deque()
r.append(r)
print(r)

cases = [
    ("pop empty", lambda: deque().pop()),
    ("popleft empty", lambda: deque().popleft()),
    ("index out of range", lambda: deque([1])[5]),
    ("index missing", lambda: deque([1]).index(2)),
    ("remove missing", lambda: deque([1]).remove(2)),
    ("negative maxlen", lambda: deque(maxlen=-1)),
    ("insert full", lambda: deque([1], maxlen=1).insert(0, 2)),
    ("str index", lambda: deque()["a"]),
    ("not iterable", lambda: deque(1)),
]
for name, f in cases:
    try:
        f()
    except Exception as e:
        print(name, "->", type(e).__name__, e)

it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__())
q = deque([1, 2, 3])
it = iter(q)
next(it)
q.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
