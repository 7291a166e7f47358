# property (Objects/descrobject.c): PyType_GenericNew then property_init by keywords or
# positions, run again through __init__; the doc given, else the getter's __doc__ (3.12+: a doc
# of None counts as none, and a subclass's instance gets __doc__ set even when None; its error is
# raised only when the doc was the getter's); __doc__/fget/fset/fdel are member descriptors
# (fget READONLY: 'readonly attribute'); getter/setter/deleter copies keep the doc unless it was
# the getter's; __isabstractmethod__; __set_name__ (3.10+) and __name__ (3.13+); type.__doc__
# of a static type is its tp_doc, a new str on each get.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def g(s):
    "gdoc"
    return 1


def st(s, v):
    pass


def dl(s):
    pass


def h(s):
    "hdoc"


p = property(fget=g, fset=st, fdel=dl, doc="D")
print(p.fget is g, p.fset is st, p.fdel is dl, p.__doc__)
p = property(doc="D")
print(p.__doc__, p.fget)
p = property(g)
print(p.__doc__)
p.__init__(None)
print(p.__doc__, p.fget)
p = property(g)
p.__init__(fget=len, doc="x")
print(p.__doc__, p.fget)
p = property(g, None, None, None)
print(p.__doc__)
p = property(None, None, None, 5)
print(p.__doc__)
p = property(1)
print(p.fget)
e = property.__new__(property)
print(e.fget, e.__doc__)

d = property.__dict__["__doc__"]
print(type(d).__name__, repr(d))
print(d.__get__(property(doc="q")))
print(type(property.__dict__["fget"]).__name__)
print(property.__doc__.splitlines()[0])
print(property.__doc__ is property.__doc__, int.__doc__ == int.__doc__)

p = property(lambda s: 1, doc="X")
q = p.getter(lambda s: 2)
print(q.__doc__, q is p)
r = p.setter(lambda s, v: 2)
print(r.__doc__, r.fset is not None, r.fget is p.fget)
r = p.deleter(lambda s: 2)
print(r.__doc__, r.fdel is not None)
p = property(g)
print(p.getter(h).__doc__, p.setter(st).__doc__, p.getter(None).__doc__)


class Abstract:
    __isabstractmethod__ = True


class NotAbstract:
    __isabstractmethod__ = 0


class Raising:
    @property
    def __isabstractmethod__(self):
        raise KeyError("k")


print(property(Abstract()).__isabstractmethod__, property().__isabstractmethod__)
print(property(None, Abstract()).__isabstractmethod__, property(NotAbstract()).__isabstractmethod__)
show("raising", lambda: property(Raising()).__isabstractmethod__)

p = property()
print(hasattr(p, "__set_name__"), "__name__" in property.__dict__)
if hasattr(p, "__set_name__"):
    print(p.__set_name__(object, "x"))
print(getattr(p, "__name__", "none"), getattr(property(g), "__name__", "none"))


class P(property):
    pass


p = P(lambda s: 1, doc="sub")
print(p.__doc__, P.__doc__, p.__dict__)
p = P(g)
print(p.__doc__, p.__dict__)
p = P()
print(p.__dict__)
c = P(g).setter(st)
print(type(c).__name__, c.__doc__, c.__dict__)


class PD(property):
    "classdoc"


print(PD(lambda s: 1).__doc__, PD(g).__doc__)


class PS(property):
    __slots__ = ()


show("slots getter doc", lambda: PS(g).__doc__)
show("slots doc", lambda: PS(len, doc="x").__doc__)
show("slots none", lambda: PS().__doc__)

show("too many", lambda: property(1, 2, 3, 4, 5))
show("keyword", lambda: property(foo=1))
show("dup", lambda: property(g, fget=g))


def setdoc():
    p = property()
    p.__doc__ = "a"
    del p.__doc__
    return p.__doc__


show("set doc", setdoc)


def setfget():
    p = property()
    p.fget = 1


show("set fget", setfget)
show("get None", lambda: property().__get__(None, int).__class__)
show("get", lambda: property().__get__(1))
show("set", lambda: property().__set__(1, 2))
show("delete", lambda: property().__delete__(1))
print(sorted(k for k in property.__dict__ if k not in ("__set_name__", "__name__")))
