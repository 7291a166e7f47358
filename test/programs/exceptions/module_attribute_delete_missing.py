# A module's attribute store is PyObject_GenericSetAttr's: deleting a missing name is an AttributeError.
import sys
m = type(sys)("mm")
try:
    del m.zz
except AttributeError as e:
    print(e)
import math
try:
    del math.nothing
except AttributeError as e:
    print(e)
