# starmap_next calls the function with the item itself when it is an exact tuple, else with
# PySequence_Tuple of it (a list, a tuple subclass): the item's refcount and the blocks seen
# inside the function called (a Python function, a class, an instance with __call__, a builtin).
import sys
from itertools import starmap

g = sys.getallocatedblocks


class T(tuple):
    pass


t = (1, 2)
lst = [3, 4]
sub = T((5, 6))
items = [t, lst, sub]
b = 0
quiet = True


def show(*what):
    if not quiet:
        print(*what)


def f(x, y):
    show('  f', x, y, g() - b, [sys.getrefcount(i) for i in items])
    return x + y


def fstar(*a):
    show('  fstar', a, a is t, g() - b, [sys.getrefcount(i) for i in items])
    return len(a)


class C:
    def __init__(self, x, y):
        show('  C', x, y, g() - b, [sys.getrefcount(i) for i in items])


class K:
    def __call__(self, x, y):
        show('  K', x, y, g() - b, [sys.getrefcount(i) for i in items])
        return x * y


# A first pass unmeasured, after a first print: 3.11's type attribute cache (by the names'
# addresses) may evict an entry holding a start-up string's last reference the first time
# (see known-gaps.json).
print('items', len(items), [len(i) for i in items])
for quiet in (True, False):
    for fn in (f, fstar, C, K(), max, divmod):
        b = g()
        out = list(starmap(fn, items))
        d = g() - b
        show(getattr(fn, '__name__', type(fn).__name__), len(out), d)
        del out
print([sys.getrefcount(i) for i in items])
