# A generator's methods as CPython declares them: send (METH_O), close (METH_NOARGS), throw
# (1 to 3 arguments: the traceback must be one; a class is instantiated with the value unless
# the value is already an instance of it, and an error doing so is what the generator gets
# thrown in), the names a generator keeps (its function's __name__ and __qualname__ objects,
# settable to a str), gi_running/gi_frame/gi_code as READONLY members before they became
# getters, and an unstarted frame's line. The two- and three-argument throw() forms warn
# (DeprecationWarning) from 3.12, which the model does not write: those calls run up to 3.11.
import sys


def g():
    yield 1
    yield 2


x = g()
tries = [lambda: x.send(), lambda: x.send(1, 2), lambda: x.throw(), lambda: x.throw(1), lambda: x.throw("s"),
         lambda: x.close(1), lambda: x.throw(int), lambda: x.throw(ValueError("a"), 5) if sys.version_info < (3, 12) else 0,
         lambda: x.throw(ValueError, ValueError("a"), 5) if sys.version_info < (3, 12) else 0,
         lambda: x.gi_frame.f_lineno, lambda: x.gi_running, lambda: x.gi_yieldfrom]
for f in tries:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class E(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)


if sys.version_info < (3, 12):
    for typ, val in ((ValueError, "msg"), (ValueError, ("a", "b")), (ValueError, None), (ValueError, KeyError("k")),
                     (KeyError, KeyError("k")), (LookupError, KeyError("k")), (E, (1, 2)), (E, 5)):
        x = g()
        next(x)
        try:
            x.throw(typ, val)
        except Exception as e:
            print(type(e).__name__, repr(e), x.gi_frame)

x = g()
x.__name__ = "renamed"
x.__qualname__ = "q.renamed"
print(x.__name__, x.__qualname__, repr(x).split(" at ")[0])
for attr, value in (("__name__", 5), ("__qualname__", None)):
    try:
        setattr(x, attr, value)
    except TypeError as e:
        print(e)
for attr in ("gi_running", "gi_frame", "gi_code", "gi_yieldfrom", "foo"):
    try:
        setattr(x, attr, 1)
    except AttributeError as e:
        print(e)
print({n: type(type(x).__dict__[n]).__name__ for n in ("gi_running", "gi_frame", "gi_code", "gi_yieldfrom", "__name__")})
print("gi_suspended" in dir(x))


class C:
    def m(self):
        yield 1


c = C()
print(c.m().__qualname__, sys.getrefcount(C.m.__qualname__))
gs = [c.m() for _ in range(4)]
print(sys.getrefcount(C.m.__qualname__))
C.m.__qualname__ = "Other.m"
print(repr(gs[0]).split(" at ")[0], repr(c.m()).split(" at ")[0])


def late(a,
         b):

    yield a


print(late(1, 2).gi_frame.f_lineno)
print((i
       for i in "ab").gi_frame.f_lineno)
