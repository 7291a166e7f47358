# set sizes as elements are added, discarded and re-added, and sets built in different ways.
import sys

s = set()
prev = sys.getsizeof(s)
print("empty", prev)
for i in range(200):
    s.add(i)
    size = sys.getsizeof(s)
    if size != prev:
        print(f"add -> len {len(s)}: {size}")
        prev = size
for i in range(195):
    s.discard(i)
print("after discarding 195:", len(s), sys.getsizeof(s))
s.discard(10**6)
for i in range(1000, 1010):
    s.add(i)
print("re-added 10:", len(s), sys.getsizeof(s))
s.clear()
print("clear:", sys.getsizeof(s))

for n in (0, 1, 4, 5, 8, 19, 20, 50, 100):
    built = {
        "set(range)": set(range(n)),
        "comprehension": {i for i in range(n)},
        "set(list)": set(list(range(n))),
        "frozenset": frozenset(range(n)),
        "union": set(range(n // 2)) | set(range(n // 2, n)),
        "copy": set(range(n)).copy(),
    }
    print(n, {k: sys.getsizeof(v) for k, v in built.items()})

t = {1, 2, 3}
print(sys.getsizeof(t), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set("abcdef")))
u = set(range(10))
u -= set(range(8))
print(len(u), sys.getsizeof(u), sys.getsizeof(u - {8}), sys.getsizeof(u & {9}), sys.getsizeof(u ^ {100}))
v = set()
for i in range(30):
    v.add(i)
    v.remove(i)
print(len(v), sys.getsizeof(v))
