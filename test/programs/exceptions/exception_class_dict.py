# Which classes get a __dict__ and a __weakref__ descriptor of their own (type_new_slots: not where the
# base already has the slot, as every exception has a __dict__), and an exception's own __dict__.
import sys
bases = [object, int, str, list, dict, set, frozenset, tuple, bytes, bytearray, float, complex, Exception, ValueError, OSError, StopIteration]
if sys.version_info >= (3, 11):
    bases += [ExceptionGroup, BaseExceptionGroup]
for b in bases:
    S = type('S', (b,), {})
    print(b.__name__, '__dict__' in S.__dict__, '__weakref__' in S.__dict__, sys.getrefcount(S))


class P(Exception):
    pass


e = P(1)
e.x = 5
print(e.__dict__, ValueError(2).__dict__)
v = ValueError(3)
v.__dict__["note"] = "n"
print(v.note)
try:
    v.__dict__ = 5
except TypeError as err:
    print(err)
