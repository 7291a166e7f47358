# A function's writable attributes through their descriptors (Objects/funcobject.c
# func_getsetlist, func_memberlist): __defaults__/__kwdefaults__ take a tuple/dict or None (del
# drops them), __code__ a code object with as many free variables as the closure has cells
# (never deleted; the function keeps the docstring it was made with), __name__/__qualname__ a
# str, __annotations__ a dict or None, __type_params__ (3.12+) a tuple; __closure__, __globals__
# and 3.10's __builtins__ are READONLY members, __doc__ and __module__ deletable members.
# type.mro is METH_NOARGS, named by the receiver's type from 3.9.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def f(a=1, *, b=2):
    "fdoc"
    return a, b


D = type(f).__dict__
print(sorted((k, type(v).__name__) for k, v in D.items() if k not in ("__new__", "__builtins__", "__type_params__")))
print(type(D["__doc__"]).__name__, type(D["__globals__"]).__name__, type(D["__defaults__"]).__name__)

D["__defaults__"].__set__(f, (5,))
print(f.__defaults__, f())
D["__defaults__"].__set__(f, None)
print(f.__defaults__)
show("defaults()", f)
f.__defaults__ = (7,)
D["__defaults__"].__delete__(f)
print(f.__defaults__)
show("defaults list", lambda: D["__defaults__"].__set__(f, [1]))
show("defaults int", lambda: setattr(f, "__defaults__", 3))
f.__defaults__ = (1,)

D["__kwdefaults__"].__set__(f, {"b": 3})
print(f.__kwdefaults__, f())
del f.__kwdefaults__
print(f.__kwdefaults__)
show("kwdefaults()", f)
show("kwdefaults list", lambda: setattr(f, "__kwdefaults__", [1]))
show("kwdefaults int", lambda: D["__kwdefaults__"].__set__(f, 5))
f.__kwdefaults__ = {"b": 2}


def g(x, *, b=0):
    return "g", x


def h():
    "hdoc"
    return "h"


show("code int", lambda: setattr(f, "__code__", 5))
show("code del", lambda: delattr(f, "__code__"))
show("code descr del", lambda: D["__code__"].__delete__(f))
f.__code__ = g.__code__
print(f(4), f.__name__, f.__doc__, f.__code__ is g.__code__)
h.__code__ = g.__code__
print(h.__doc__)


def outer():
    z = 1

    def inner():
        return z

    return inner


inner = outer()
show("closure mismatch", lambda: setattr(h, "__code__", inner.__code__))
show("closure mismatch 2", lambda: setattr(inner, "__code__", h.__code__))

show("name int", lambda: setattr(h, "__name__", 5))
show("name del", lambda: delattr(h, "__name__"))
D["__name__"].__set__(h, "nm")
print(h.__name__)
show("qualname int", lambda: setattr(h, "__qualname__", 5))
show("qualname del", lambda: D["__qualname__"].__delete__(h))
D["__qualname__"].__set__(h, "q.r")
print(h.__qualname__)

h.__doc__ = 5
print(h.__doc__)
del h.__doc__
print(h.__doc__)
D["__doc__"].__set__(h, "x")
print(h.__doc__)
D["__doc__"].__delete__(h)
print(h.__doc__)

show("annotations int", lambda: setattr(h, "__annotations__", 5))
del h.__annotations__
print(h.__annotations__)
D["__annotations__"].__set__(h, None)
print(h.__annotations__)
D["__annotations__"].__set__(h, {"a": int})
print(h.__annotations__)

show("dict int", lambda: setattr(h, "__dict__", 5))
show("dict del", lambda: delattr(h, "__dict__"))
D["__dict__"].__set__(h, {"a": 1})
print(h.a)
show("dict descr del", lambda: D["__dict__"].__delete__(h))

h.__module__ = 5
print(h.__module__)
del h.__module__
print(h.__module__)
show("globals del", lambda: delattr(h, "__globals__"))
show("closure set", lambda: setattr(h, "__closure__", 1))
show("builtins set", lambda: setattr(h, "__builtins__", 1))
show("type_params int", lambda: setattr(h, "__type_params__", 1))
show("type_params del", lambda: delattr(h, "__type_params__"))
show("type_params", lambda: (setattr(h, "__type_params__", (1,)), h.__type_params__))

show("wrong object set", lambda: D["__defaults__"].__set__(1, None))
show("wrong object get", lambda: D["__name__"].__get__(1))
show("wrong object code", lambda: D["__code__"].__set__(1, None))
show("wrong object dict", lambda: D["__dict__"].__set__(1, {}))
show("wrong object doc", lambda: D["__doc__"].__set__(1, None))
show("no value", lambda: D["__defaults__"].__set__(h))
show("no args", lambda: D["__defaults__"].__set__())

show("int.mro()", lambda: int.mro()[-1])
show("int.mro(1)", lambda: int.mro(1))
show("type.mro(int)", lambda: type.mro(int))
show("type.mro(1)", lambda: type.mro(1))
show("type.mro()", lambda: type.mro())
show("type.mro(int, 2)", lambda: type.mro(int, 2))
show("int.mro(x=1)", lambda: int.mro(x=1))
show("type.mro(bool)", lambda: type.mro(bool))


class M(type):
    pass


class C(metaclass=M):
    pass


show("M.mro(C)", lambda: (M.mro(C), type.mro(C)))
show("C.mro(1)", lambda: C.mro(1))
