# The objects of exception groups, as memory sees them: split and subgroup share the leaf
# exceptions, the parts carry copies of the notes, a full match is the group itself.
import gc
import sys

leaves = [ValueError(1), TypeError(2), ValueError(3)]
eg = ExceptionGroup("kept", leaves)
print(sys.getrefcount(leaves[0]), sys.getrefcount(eg.exceptions))
m, r = eg.split(ValueError)
print(m.exceptions[0] is leaves[0], r.exceptions[0] is leaves[1])
print(sys.getrefcount(leaves[0]), sys.getrefcount(leaves[1]), sys.getrefcount(m), sys.getrefcount(r))
del m, r
print(sys.getrefcount(leaves[0]), sys.getrefcount(leaves[1]))
eg.add_note("note")
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(sub.__notes__ == eg.__notes__, sub.__notes__ is eg.__notes__, sys.getrefcount(sub.__notes__))
del sub
nested = ExceptionGroup("outer", [eg, KeyError(0)])
whole = nested.subgroup(Exception)
derived = nested.derive([KeyError(1)])
print(whole is nested, sys.getrefcount(eg), derived.__notes__ if hasattr(derived, '__notes__') else None)
del whole, derived
print(sys.getrefcount(nested), gc.collect())
print(sys.getsizeof(eg), sys.getsizeof(BaseExceptionGroup("b", [KeyboardInterrupt()])))
