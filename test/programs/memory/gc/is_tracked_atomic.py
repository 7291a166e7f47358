# Atomic objects are never tracked; containers are.
import gc
for v in (1, 2 ** 100, 1.5, 'abc', None, True, range(3)):
    print(repr(v), gc.is_tracked(v))
class C:
    pass
for v in ([], [1], set(), frozenset([1]), C(), lambda: 0, C):
    print(type(v).__name__, gc.is_tracked(v))
