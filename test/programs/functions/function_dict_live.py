# A function's __dict__ (func_dict) is made when first read or when an attribute is first
# set, and is the same dict from then on: what is stored through it is an attribute and
# the other way round (Objects/funcobject.c, PyObject_GenericGetDict).
import gc
import sys


def f():
    pass


print(sys.getrefcount(f))
d = f.__dict__
print(d, f.__dict__ is d, f.__dict__ is f.__dict__, sys.getrefcount(d))
f.__dict__['x'] = 1
print(f.x, vars(f), vars(f) is d)
f.y = 2
print(f.__dict__, d, len(d), sys.getsizeof(d))
del f.x
print(d, 'x' in d)
try:
    del f.nothing
except AttributeError as e:
    print('AttributeError', e)
del d


def g():
    pass


n0 = sys.getallocatedblocks()
g.a = 1
n1 = sys.getallocatedblocks()
dd = g.__dict__
n2 = sys.getallocatedblocks()
print(n1 - n0, n2 - n1, sys.getrefcount(dd), sys.getsizeof(dd))
for i in range(10):
    setattr(g, 'attr%d' % i, i)
n3 = sys.getallocatedblocks()
print(n3 - n2, sys.getsizeof(dd), len(g.__dict__))


def h():
    pass


n0 = sys.getallocatedblocks()
e = h.__dict__
n1 = sys.getallocatedblocks()
print(n1 - n0, e, sys.getsizeof(e), sys.getrefcount(e))
del e
print(h.__dict__)
h.__dict__ = {'z': 3}
print(h.z, vars(h))
for bad in (5, None):
    try:
        h.__dict__ = bad
    except TypeError as ex:
        print(ex)
try:
    del h.__dict__
except TypeError as ex:
    print(ex)
del h.z
print(h.__dict__)


def deleting_first():
    pass


try:
    del deleting_first.a
except AttributeError as ex:
    print('AttributeError', ex)
print(deleting_first.__dict__)

# A dict that holds its function: a cycle the collector frees.
gc.collect()


def cyc():
    pass


cyc.me = cyc
cyc.__dict__['box'] = [cyc]
ref = cyc.__dict__
print(sys.getrefcount(cyc), sys.getrefcount(ref))
del ref
del cyc
print(gc.collect())


def deco(fn):
    def wrapper():
        return fn()
    wrapper.__wrapped__ = fn
    wrapper.__dict__.update(fn.__dict__)
    return wrapper


def base():
    return 'base'


base.tag = 'T'
w = deco(base)
print(w(), w.tag, w.__wrapped__ is base, sorted(w.__dict__))
lam = lambda: 0
lam.__dict__['k'] = 'v'
print(lam.k, list(vars(lam).items()))
