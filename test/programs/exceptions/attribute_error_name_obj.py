# AttributeError's and NameError's name (and obj) from 3.10: keyword-only in the constructor, and set by
# PyObject_GetAttr on a failed lookup (set_attribute_error_context), which keeps the object alive.
import sys
e = AttributeError("x", name="n", obj=3)
print(e.name, e.obj, e.__dict__, e.args)
class K:
    pass
k = K()
print(sys.getrefcount(k))
try:
    k.foo
except AttributeError as x:
    print(x.name, x.obj is k, sys.getrefcount(k))
    del x
print(sys.getrefcount(k))
try:
    (1).foo
except AttributeError as x:
    print(x.name, x.obj)
try:
    getattr(k, "bar")
except AttributeError as x:
    print(x.name, x.obj is k)
class P:
    @property
    def p(self):
        raise AttributeError("inner")
try:
    P().p
except AttributeError as x:
    print(x.name, type(x.obj).__name__, x)
class G:
    def __getattr__(self, n):
        raise AttributeError(n + "!")
try:
    G().q
except AttributeError as x:
    print(x.name, type(x.obj).__name__, x)
print(hasattr(k, "zz"), getattr(k, "zz", 5))
n = NameError("m", name="q"); print(n.name, n.args)
n = NameError("m"); print(n.name)
u = UnboundLocalError("u", name="w"); print(u.name)
try:
    AttributeError(bad=1)
except TypeError as x:
    print(x)
try:
    NameError(bad=1)
except TypeError as x:
    print(x)
if sys.version_info >= (3, 12):
    e = AttributeError("x", name="n", obj=3)
    print(e.__reduce__(), e.__getstate__())
    e.y = 1
    print(e.__reduce__())
try:
    undefined_zz
except NameError as x:
    print(x.name)
