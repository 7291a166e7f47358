# Slot wrappers' argument checks (Objects/typeobject.c wrap_*): check_num_args ("expected N
# arguments, got M"), PyArg_UnpackTuple(args, "", ...) with its empty name (__pow__, __setitem__,
# __setattr__, sq_repeat's __mul__ which converts the count first); object's methods by their
# qualified names (__format__, __reduce__, __reduce_ex__, __sizeof__, __dir__, __subclasshook__,
# __init__'s excess arguments), METH_COEXIST __getitem__/__contains__, an unbound method given
# only keywords, int.__round__(None), float.__round__'s positional count, slice.__reduce__.

SHAPES = [(), (1,), ("a",), (None,), (1, 2), (1, 2, 3), ([1],)]


def show(label, args, f):
    try:
        r = f()
        print(label, args, "->", type(r).__name__)
    except (TypeError, ValueError, OverflowError, AttributeError) as e:
        print(label, args, "!!", type(e).__name__, e)


def calls(label, f, o):
    # Through the type (the descriptor unbound, named by its owner): a bound builtin method is
    # named by its receiver's type from 3.9 (meth_get__qualname__), which the model does not do yet.
    for args in SHAPES:
        show(label, args, lambda: f(o, *args))
    show(label, "x=1", lambda: f(o, x=1))


class A:
    pass


OBJS = [("str", "abc"), ("bytes", b"ab"), ("list", [1, 2]), ("tuple", (1, 2)), ("dict", {1: 2}), ("set", {1, 2}),
        ("int", 5), ("float", 1.5), ("complex", 1j), ("bool", True), ("slice", slice(1, 2)), ("object", object()),
        ("A", A()), ("keys", {1: 2}.keys()), ("iter", iter([1, 2]))]
NAMES = ["__repr__", "__str__", "__hash__", "__eq__", "__lt__", "__mul__", "__rmul__", "__imul__", "__pow__", "__rpow__",
         "__setitem__", "__getitem__", "__contains__", "__setattr__", "__delattr__", "__getattribute__", "__index__",
         "__format__", "__reduce__", "__sizeof__", "__dir__", "__subclasshook__", "__init__", "__round__",
         "__length_hint__", "conjugate", "indices"]
for tname, o in OBJS:
    for name in NAMES:
        if name == "__setattr__" and tname == "A":
            continue
        f = getattr(type(o), name, None)
        if f is None or name == "__subclasshook__":
            continue
        calls(f"{tname}.{name}", f, o)
for args in SHAPES:
    show("__subclasshook__", args, lambda: int.__subclasshook__(*args))
show("__subclasshook__", "x=1", lambda: int.__subclasshook__(x=1))
show("reduce_ex", "int 1", lambda: (5).__reduce_ex__(1))
show("reduce_ex", "str", lambda: (5).__reduce_ex__("a"))
show("reduce_ex", "list", lambda: [].__reduce_ex__(0))
show("unbound", "x=1", lambda: A.__dir__(x=1))
show("unbound", "x=1", lambda: A.__eq__(x=1))
show("unbound", "x=1", lambda: A.__sizeof__(x=1))
show("new", "x=1", lambda: int.__new__(x=1))
show("new", "x=1", lambda: object.__new__(x=1))
show("slice", "reduce", lambda: slice(1, 2).__reduce__())
print(slice(1, 2, 3).__reduce__())
print((5).__pow__(2, 3), (2).__rpow__(3, 5), (5).__pow__(2, None), (5).__pow__(2.0, 3))
show("float pow", "mod", lambda: (1.5).__pow__(2, 3))
show("complex pow", "mod", lambda: (1j).__pow__(2, 3))
print([1].__mul__(2), "ab".__rmul__(2), (1,).__mul__(True))
