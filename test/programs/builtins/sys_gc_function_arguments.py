# The sys and gc functions' argument checks (Python/sysmodule.c, Modules/gcmodule.c): METH_O and
# METH_NOARGS counts and refused keywords named by module and name from 3.9 (_PyObject_FunctionStr),
# METH_VARARGS and the parsers by the bare name; sys.getsizeof (PyArg_ParseTupleAndKeywords
# "O|O") returns its default when __sizeof__ raises a TypeError; sys.intern takes an exact str
# only; C int arguments (setrecursionlimit, _getframe, gc.collect, set_debug, set_threshold);
# type.__subclasses__ and type.mro take no arguments.
import gc
import sys


def show(label, f):
    try:
        r = f()
        print(label, "->", r if isinstance(r, (int, str, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class TypeErrorSize:
    def __sizeof__(self):
        raise TypeError("no")


class NegativeSize:
    def __sizeof__(self):
        return -1


class StrSize:
    def __sizeof__(self):
        return "x"


class S(str):
    pass


show("getsizeof()", lambda: sys.getsizeof())
show("getsizeof(1, 2, 3)", lambda: sys.getsizeof(1, 2, 3))
show("getsizeof default kw", lambda: (sys.getsizeof(1, default=5), sys.getsizeof(object=1)) and "ok")
show("getsizeof(x=1)", lambda: sys.getsizeof(x=1))
show("getsizeof(1, x=1)", lambda: sys.getsizeof(1, x=1))
show("getsizeof TypeError default", lambda: sys.getsizeof(TypeErrorSize(), 7))
show("getsizeof TypeError", lambda: sys.getsizeof(TypeErrorSize()))
show("getsizeof negative default", lambda: sys.getsizeof(NegativeSize(), 7))
show("getsizeof str default", lambda: sys.getsizeof(StrSize(), 7))
show("getsizeof str", lambda: sys.getsizeof(StrSize()))
show("getrefcount()", lambda: sys.getrefcount())
show("getrefcount(1, 2)", lambda: sys.getrefcount(1, 2))
show("getrefcount(o=1)", lambda: sys.getrefcount(o=1))
show("getallocatedblocks(1)", lambda: sys.getallocatedblocks(1))
show("getallocatedblocks(x=1)", lambda: sys.getallocatedblocks(x=1))
show("intern()", lambda: sys.intern())
show("intern(1)", lambda: sys.intern(1))
show("intern(x='a')", lambda: sys.intern(x="a"))
show("intern(S)", lambda: sys.intern(S("a")))
show("intern('a', 'b')", lambda: sys.intern("a", "b"))
show("_getframe(1, 2)", lambda: sys._getframe(1, 2))
show("_getframe('a')", lambda: sys._getframe("a"))
show("_getframe(2**40)", lambda: sys._getframe(2**40))
show("_getframe(depth=0)", lambda: sys._getframe(depth=0))
show("exit(1, 2)", lambda: sys.exit(1, 2))
show("exit(code=1)", lambda: sys.exit(code=1))
show("getrecursionlimit(1)", lambda: sys.getrecursionlimit(1))
show("setrecursionlimit()", lambda: sys.setrecursionlimit())
show("setrecursionlimit('a')", lambda: sys.setrecursionlimit("a"))
show("setrecursionlimit(0)", lambda: sys.setrecursionlimit(0))
show("setrecursionlimit(2**40)", lambda: sys.setrecursionlimit(2**40))
show("_debugmallocstats(1)", lambda: sys._debugmallocstats(1))
show("exc_info(1)", lambda: sys.exc_info(1))
show("getswitchinterval(1)", lambda: sys.getswitchinterval(1))
show("get_int_max_str_digits(1)", lambda: sys.get_int_max_str_digits(1))

show("collect(5)", lambda: gc.collect(5))
show("collect(-1)", lambda: gc.collect(-1))
show("collect('a')", lambda: gc.collect("a"))
show("collect(1, 2)", lambda: gc.collect(1, 2))
show("collect(x=1)", lambda: gc.collect(x=1))
show("collect(2**40)", lambda: gc.collect(2**40))
show("collect(generation=0)", lambda: gc.collect(generation=0) * 0)
show("enable(1)", lambda: gc.enable(1))
show("disable(x=1)", lambda: gc.disable(x=1))
show("isenabled(1)", lambda: gc.isenabled(1))
show("get_count(1)", lambda: gc.get_count(1))
show("get_debug(1)", lambda: gc.get_debug(1))
show("set_debug()", lambda: gc.set_debug())
show("set_debug('a')", lambda: gc.set_debug("a"))
show("set_debug(0)", lambda: gc.set_debug(0))
show("set_threshold()", lambda: gc.set_threshold())
show("set_threshold(1, 2, 3, 4)", lambda: gc.set_threshold(1, 2, 3, 4))
show("set_threshold('a')", lambda: gc.set_threshold("a"))
show("set_threshold(x=1)", lambda: gc.set_threshold(x=1))
show("get_threshold(1)", lambda: gc.get_threshold(1))
show("is_tracked()", lambda: gc.is_tracked())
show("is_tracked(1, 2)", lambda: gc.is_tracked(1, 2))
show("is_tracked([])", lambda: gc.is_tracked([]))

show("int.__subclasses__(1)", lambda: int.__subclasses__(1))
show("type.__subclasses__(int, 1)", lambda: type.__subclasses__(int, 1))
show("int.__subclasses__(x=1)", lambda: int.__subclasses__(x=1))
show("int.mro(1)", lambda: int.mro(1))
