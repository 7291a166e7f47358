# A builtin type's __mro__ and __bases__ are the tuples type_ready made at start-up
# (typeobject.c type_get_mro/type_get_bases): the same object on every read, allocated by
# no line, one reference (3.12+ immortal); tracked only where start-up froze them (3.12).
import gc
import sys

g = sys.getallocatedblocks
print(int.__mro__ is int.__mro__, bool.__bases__ is bool.__bases__, object.__bases__ is tuple())
print(sys.getrefcount(int.__mro__), sys.getrefcount(KeyError.__bases__), sys.getrefcount(type(len).__mro__))
kept = []
b = g()
for t in (float, str, list, dict, tuple, set, KeyError, OSError, range, type(iter([]))):
    kept.append(t.__mro__)
    kept.append(t.__bases__)
print(g() - b, len(kept))
print([gc.is_tracked(t) for t in (int.__mro__, ValueError.__bases__)])
print(ValueError.__mro__, type(len).__bases__, bool.__mro__)


class Mine(int):
    pass


print(Mine.__mro__ is Mine.__mro__, sys.getrefcount(Mine.__mro__) - sys.getrefcount(int.__mro__))
