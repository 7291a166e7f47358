# The itertools types' reference counts: what readying them left (their descriptors, mro,
# the module dict), and from 3.12, where they are heap types, one more per live object
# (PyType_GenericAlloc's Py_INCREF(type), dropped by each dealloc); a class derived from one
# is held by its instances in every version.
import sys
import itertools
from itertools import chain, count, groupby, product, tee

names = [n for n in vars(itertools) if not n.startswith('__') and n != 'tee']
print(' '.join(f'{n}={sys.getrefcount(getattr(itertools, n))}' for n in names))
c = [count() for _ in range(3)]
print(sys.getrefcount(count), sys.getrefcount(chain))
del c
print(sys.getrefcount(count))


class C(count):
    pass


class P(product):
    __slots__ = ()


print(sys.getrefcount(C), sys.getrefcount(P), sys.getrefcount(count))
c = C(3)
p = P('ab', repeat=2)
print(sys.getrefcount(C), sys.getrefcount(P), sys.getrefcount(count))
print(next(c), next(p), repr(c))
del c, p
print(sys.getrefcount(C), sys.getrefcount(P), sys.getrefcount(count))
t = tee([1, 2])
k, g = next(groupby('aab'))
print(sys.getrefcount(type(t[0])), sys.getrefcount(type(g)), sys.getrefcount(groupby))
