# starmap_next calls PyObject_Call(func, item, NULL): a class's tp_call (type_call) gets the
# exact tuple itself, which an exception keeps as its args; a tuple subclass's items come in a
# new tuple (PySequence_Tuple).
import sys
from itertools import starmap


class T(tuple):
    pass


t = (1, 2)
sub = T((5, 6))
e = next(starmap(ValueError, [t]))
print(e.args is t, sys.getrefcount(t))
e2 = next(starmap(KeyError, [sub]))
print(e2.args is sub, e2.args == sub, type(e2.args).__name__)
del e, e2
print(sys.getrefcount(t))
