# A class with __slots__ keeps a member descriptor per name and the sorted names as a
# tuple (ht_slots); a list or a single string given as __slots__ is copied to a tuple first.
import sys, gc
g = sys.getallocatedblocks
b0 = g()
class P:
    __slots__ = ('y', 'x')
b1 = g()
class Q:
    __slots__ = ['a']
b2 = g()
class R:
    __slots__ = 'only'
b3 = g()
print(b1 - b0, b2 - b1, b3 - b2)
print(sys.getsizeof(P.__dict__['x']), type(P.__dict__['x']).__name__)
class S(P):
    __slots__ = ()
print(sys.getrefcount(P), sys.getrefcount(S))
print(P.__subclasses__())
del S
print(gc.collect(), P.__subclasses__())
del P, Q, R
print(gc.collect())
