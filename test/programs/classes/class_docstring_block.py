# A class whose body starts with a str keeps a C copy of it (type_new_set_doc: tp_doc), one
# block more than a class without.
import sys
b = e = d = f = None
b = sys.getallocatedblocks()
class A:
    pass
d = sys.getallocatedblocks() - b
b = sys.getallocatedblocks()
class B:
    "a docstring long enough for a larger size class than a short one"
e = sys.getallocatedblocks() - b
b = sys.getallocatedblocks()
class C:
    __doc__ = 12
f = sys.getallocatedblocks() - b
print(d, e, f, B.__doc__[:11])
