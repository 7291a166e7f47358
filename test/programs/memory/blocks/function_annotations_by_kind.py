# What a def's annotations keep allocated: 3.8/3.9 build a dict per def, 3.10+ a flat
# (name, value, ...) tuple (none when every annotation is a constant) that becomes a
# dict the first time __annotations__ is read; each annotation object gains a reference.
import gc
import sys

g = sys.getallocatedblocks


class C:
    pass


def make_named(n):
    fs = []
    for i in range(n):
        def f(a: C, b: C) -> C:
            pass
        fs.append(f)
    return fs


def make_const(n):
    fs = []
    for i in range(n):
        def f(a: 'C', b: 'C') -> 'C':
            pass
        fs.append(f)
    return fs


def make_plain(n):
    fs = []
    for i in range(n):
        def f(a, b):
            pass
        fs.append(f)
    return fs


def make_many(n):
    fs = []
    for i in range(n):
        def f(a: C, b: C, c: C, d: C, e: C, f: C, g: C) -> C:
            pass
        fs.append(f)
    return fs


gc.disable()
for make in (make_plain, make_named, make_const, make_many):
    make(1)
    # Fill the dict, keys and 6-tuple free lists, so what the defs below make comes from them.
    warm = [({'k': i}, (i,) * 6) for i in range(100)]
    del warm
    r0 = sys.getrefcount(C)
    b0 = g()
    fs = make(20)
    b1 = g()
    r1 = sys.getrefcount(C)
    for f in fs:
        f.__annotations__
    b2 = g()
    r2 = sys.getrefcount(C)
    del fs, f
    b3 = g()
    r3 = sys.getrefcount(C)
    print(make.__name__, b1 - b0, b2 - b1, b3 - b0, r1 - r0, r2 - r0, r3 - r0)


# One function: the blocks of its annotations, read once and then cleared.
def one(x: C, y: int) -> C:
    pass


b0 = g()
d = one.__annotations__
b1 = g()
print(type(d).__name__, len(d), sys.getrefcount(d))
del d
one.__annotations__ = None
b2 = g()
one.__annotations__
b3 = g()
print(b1 - b0, b2 - b1, b3 - b2)

# Folded constants (-1, a tuple display, 2 * 3) count as constants too: from 3.10 the
# annotations of such a def are one constant tuple.
warm = [{'k': i} for i in range(100)]
del warm
keep = []
b0 = g()
for i in range(20):
    def folded(x: -1, y: (1, 'a')) -> 2 * 3:
        pass
    keep.append(folded)
print(g() - b0, folded.__annotations__)
del keep

# A function reachable from its own annotations is a cycle the collector frees.
gc.enable()
gc.collect()


def self_ref(x: int):
    pass


self_ref.__annotations__['me'] = self_ref
del self_ref
print(gc.collect())
