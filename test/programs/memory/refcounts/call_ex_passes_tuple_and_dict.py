# f(*t) and f(**d) of a class: CALL_FUNCTION_EX hands the very tuple (and its dict) to type_call
# (PyObject_Call), so an exception's args is that tuple, and __init__'s keywords are unpacked
# into a tuple of their names (_PyObject_Call_Prepend, _PyStack_UnpackDict).
import sys

t = (1, 2)
e = ValueError(*t)
print(e.args is t, sys.getrefcount(t))
del e
print(sys.getrefcount(t))


class Record:
    def __init__(self, id, name, email=None):
        self.id, self.name, self.email = id, name, email


values = {"id": 1, "name": "a", "email": "b"}
names = tuple(values)
keep = [(i, i, i) for i in range(200)]
b0 = sys.getallocatedblocks()
r = Record(**values)
print("blocks for Record(**values)", sys.getallocatedblocks() - b0)
b0 = sys.getallocatedblocks()
r2 = Record(*t)
print("blocks for Record(*t)", sys.getallocatedblocks() - b0, r2.name)
