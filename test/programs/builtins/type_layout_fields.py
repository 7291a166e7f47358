# type's layout getsets on builtin types and classes: __basicsize__, __itemsize__, __dictoffset__,
# __weakrefoffset__, and getattr() over dir() of builtin types and of type itself.
import sys
class C: pass
class S:
    __slots__ = ('a', 'b')
ts = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, type(None), type(len), type(iter([])), type({}.keys())]
print([(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__) for t in ts])
print(C.__basicsize__, S.__basicsize__, C.__itemsize__)
class I(int): pass
print(I.__itemsize__)
for T in [object, int, float, str, list, dict, type(None), slice]:
    print(T.__name__, [n for n in dir(T) if type(getattr(T, n, None)).__name__ == 'wrapper_descriptor'][:3])
print([n for n in dir(type) if n not in ('__flags__',) and getattr(type, n, None) is None])
