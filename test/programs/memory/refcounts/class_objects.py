# A class is referenced by its name, by its own __mro__, by each subclass's __bases__,
# __mro__ and base pointer, and by the __dict__/__weakref__ descriptors it owns, so
# `del` leaves it alive in a cycle until the collector runs.
import sys, gc
class C: pass
class D(C): pass
class E(C):
    __slots__ = ()
print(sys.getrefcount(C), sys.getrefcount(D), sys.getrefcount(E))
print(sys.getrefcount(C.__mro__), sys.getrefcount(C.__bases__), C.__mro__ is C.__mro__, C.__bases__ is C.__bases__)
print(sys.getsizeof(C.__mro__), sys.getsizeof(D.__bases__))
print(C.__subclasses__())
gc.collect()
del D
print(gc.collect(), C.__subclasses__())
del C, E
print(gc.collect())
