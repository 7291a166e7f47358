# A list made or extended from an exact dict, dict view, set or frozenset: 3.13's list_extend
# reads it in place and resizes the list once for all of it (list_resize, over-allocating,
# never cut back); earlier versions go through its iterator, sized exactly from its length
# (list_preallocate_exact, 3.10+) or cut back at the end.
import sys
d = {"a": 3, "b": 1, "c": 2}
s = {1, 2, 3, 4, 5}
fs = frozenset("abc")
for src in (d, d.keys(), d.values(), d.items(), s, fs, {}, set()):
    a = list(src)
    b = sorted(src, key=str)
    c = [*src]
    e = []
    e.extend(src)
    f = [0]
    f.extend(src)
    g = [0, 1, 2, 3]
    g += src
    print(type(src).__name__, [sys.getsizeof(x) for x in (a, b, c, e, f, g)])
by_value = sorted(d.items(), key=lambda kv: kv[1])
print(by_value, sys.getsizeof(by_value))
