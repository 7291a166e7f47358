# The infinite iterators: count's fast mode (a C counter, each value a new int) and its slow
# mode (the current value kept, start + step made at each step), repeat holding its object,
# cycle saving each item in its list on the first pass. Their reprs, blocks and refcounts.
import sys

g = sys.getallocatedblocks
from itertools import count, repeat, cycle

c = count()
print(repr(c), [next(c) for _ in range(3)], repr(c))
print(repr(count(10, 2)), repr(count(1.5)), repr(count(0.5, 0.25)), repr(count(2 ** 70)))
s = count(2 ** 64, 2 ** 64)
print(next(s), next(s), repr(s))
f = count(0.5, 0.25)
print([next(f) for _ in range(4)])
b = g()
vals = [next(c) for _ in range(100)]
print('100 fast values', g() - b)
start = 10 ** 30
print(sys.getrefcount(start))
big = count(start)
print(sys.getrefcount(start))
first = next(big)
print(first is start, sys.getrefcount(start))
del first
print(sys.getrefcount(start))
del big
print(sys.getrefcount(start))

obj = ['shared']
print(sys.getrefcount(obj))
r = repeat(obj, 4)
print(sys.getrefcount(obj), r.__length_hint__(), repr(r))
items = list(r)
print(sys.getrefcount(obj), len(items), all(x is obj for x in items), r.__length_hint__())
del items, r
print(sys.getrefcount(obj), list(repeat(obj, -2)), repr(repeat('x')))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
b = g()
nine = list(repeat(None, 9))
print('list of 9', g() - b)

word = 'abc'
cy = cycle(iter(word))
print([next(cy) for _ in range(7)])
b = g()
cy2 = cycle(range(1000, 1005))
firsts = [next(cy2) for _ in range(5)]
mid = g() - b
again = [next(cy2) for _ in range(5)]
print('first pass', mid, 'second pass', g() - b - mid, [x is y for x, y in zip(firsts, again)])
print(list(cycle([])))
