# sys.getsizeof of dicts built by fromkeys/zip/update, after pop/popitem/clear/copy, and of dict views.
import sys
sz = sys.getsizeof
for n in (0, 1, 5, 6, 8, 11, 12, 22, 50):
    keys = [f"k{i}" for i in range(n)]
    a = dict.fromkeys(keys)
    b = dict(zip(keys, range(n)))
    c = {}
    c.update(zip(keys, range(n)))
    d = {k: None for k in keys}
    print(n, sz(a), sz(b), sz(c), sz(d), sz(dict.fromkeys(range(n))))
big = dict.fromkeys(range(100))
print("big:", sz(big))
for _ in range(90):
    big.popitem()
print("after popitem x90:", sz(big), len(big))
big.pop(5)
print("after pop:", sz(big), sz(big.copy()), sz(dict(big)))
big.clear()
print("after clear:", sz(big))
big[1] = 1
print("after reinsert:", sz(big))
dd = {"a": 1, "b": 2}
print("views:", sz(dd.keys()), sz(dd.values()), sz(dd.items()))
s = {}
prev = sz(s)
for i in range(40):
    s[str(i)] = i
    cur = sz(s)
    if cur != prev:
        print(f"grew at len {len(s)}: {prev} -> {cur}")
        prev = cur
t = dict.fromkeys("abcdefghij", 0)
for k in "abcdefgh":
    del t[k]
print("after deleting 8 of 10:", sz(t), sz(t.copy()))
