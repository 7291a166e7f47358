# From 3.11 a generator holds its frame: a slot per local and per item of the deepest
# stack its code reaches (co_stacksize), which these constructs each push differently.
import sys
def f(x): return x
def g0(): yield 1
def g1(a): yield a
def g2(a, b):
    x = a + b * 2
    yield x
def g3(n):
    for i in range(n):
        yield i * i
def g4(items):
    for k, v in items:
        yield f"{k}={v!r:>5}"
def g5(d):  # no comprehension: 3.12 inlines them into the generator
    yield d['a'], d.get('b', 0), list(d)
def g6(n):
    try:
        yield 1 / n
    except ZeroDivisionError as e:
        yield str(e)
    finally:
        n = 0
def g7(path):
    with open_it(path) as f:
        yield f
def open_it(p):
    return p
def g8(a):
    yield from range(a)
def g9(*args, **kw):
    yield len(args), sorted(kw.items(), key=lambda t: t[0], reverse=True)
def g10(s):
    while s:
        s = s[1:]
        yield s.upper().strip().replace('a', 'b')
def g11(x):
    yield x if x > 0 else -x, not x, x and 1 or 2
def g12(x):
    yield {1: x, 2: [x, (x, x), {x}], 3: {'k': x}}
def g13(a):
    b, *c = a
    yield max(b, *c, key=abs), print(b, c, sep='-', end='', file=None)
def g14(o):
    o.attr = o.other[1:2] = 5
    yield
def g15(n):
    def inner(y):
        return n + y
    yield inner(1)
def g17(x):
    try:
        pass
    except (ValueError, TypeError):
        raise
    yield x
def g18(x):
    with A() as a, A() as b:
        yield a
class A:
    def __enter__(self): return self
    def __exit__(self, *a): pass
def g19(x):
    assert x, 'msg'
    del x
    yield
def g20(l):
    yield l[::2], l[1:-1], l[x:y] if (x := 1) and (y := 2) else None
gens = [g0(), g1(1), g2(1, 2), g3(3), g4([]), g5({}), g6(1), g7('p'), g8(3), g9(), g10('x'), g11(1), g12(1), g13([1]), g14(None), g15(1), g17(1), g18(1), g19(1), g20([])]
print([sys.getsizeof(g) for g in gens])
print(sys.getsizeof(x for x in range(3)), sys.getsizeof((x, y) for x in range(3) for y in 'ab' if x), sys.getsizeof(f(x) for x in [] if x))
