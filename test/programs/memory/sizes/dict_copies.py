# getsizeof of dict copies: dict(d), d.copy() and update into an empty dict.
import sys
for n in (1, 5, 6, 10, 11, 30):
    d = {}
    for i in range(n):
        d[i] = i
    e = {}
    e.update(d)
    print(n, sys.getsizeof(d), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()), sys.getsizeof(e))
