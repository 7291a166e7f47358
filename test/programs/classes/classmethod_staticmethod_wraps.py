# staticmethod and classmethod objects have a __dict__ and __func__; from 3.10 they also copy
# the callable's __module__, __name__, __qualname__, __doc__ and __annotations__ into that
# dict (functools_wraps in sm_init/cm_init) and have __wrapped__. Getting a function's
# __annotations__ makes its dict, a block that stays with the function.
import sys


def f(x: int) -> int:
    "doc of f"
    return x


def g():
    pass


c = classmethod(f)
s = staticmethod(f)
print(c.__func__ is f, s.__func__ is f)
print(sorted(c.__dict__), sorted(s.__dict__))
print(getattr(c, "__wrapped__", None) is f, getattr(s, "__name__", None), getattr(c, "__doc__", None) == f.__doc__)
c.extra = 1
print(c.__dict__["extra"], c.extra)
before = sys.getallocatedblocks()
cg = classmethod(g)
print("blocks for classmethod(g):", sys.getallocatedblocks() - before, g.__dict__)


class Shape:
    @classmethod
    def unit(cls):
        "the unit shape"
        return cls()

    @staticmethod
    def area(w, h):
        return w * h


print(Shape.__dict__["unit"].__func__.__name__, Shape.unit().__class__.__name__, Shape.area(2, 3))
print(getattr(Shape.__dict__["area"], "__qualname__", "no qualname"))
