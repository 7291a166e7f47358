# type_new wraps __init_subclass__ and __class_getitem__ with PyClassMethod_New and __new__
# with PyStaticMethod_New: unlike calling classmethod()/staticmethod() (3.10+), that copies
# none of the function's attributes into a __dict__ of the wrapper.
import sys
g = sys.getallocatedblocks


def body():
    class P:
        def __init_subclass__(cls, **kw):
            "init doc"

        def __class_getitem__(cls, item):
            return item

        def __new__(cls):
            "new doc"
            return object.__new__(cls)
    return P


body()
b0 = g()
P = body()
b1 = g()
d = P.__dict__
for name in ("__init_subclass__", "__class_getitem__", "__new__"):
    w = d[name]
    print(name, type(w).__name__, hasattr(w, "__name__"), w.__doc__ == type(w).__doc__, len(vars(w)))
explicit = classmethod(body)
print(hasattr(explicit, "__name__") == (sys.version_info >= (3, 10)), b1 - b0, P[3], type(P()).__name__)
