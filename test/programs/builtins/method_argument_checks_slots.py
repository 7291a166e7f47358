# Slot wrappers' argument checks (Objects/typeobject.c wrap_*): check_num_args ("expected N
# arguments, got M"), PyArg_UnpackTuple(args, "", ...) with its empty name (__pow__, __setitem__,
# __setattr__, sq_repeat's __mul__ which converts the count first); object's methods by their
# qualified names (__format__, __reduce__, __reduce_ex__, __sizeof__, __dir__, __subclasshook__,
# __init__'s excess arguments), METH_COEXIST __getitem__/__contains__, an unbound method given
# only keywords, int.__round__(None), float.__round__'s positional count, slice.__reduce__.
#
# Builtin methods' argument errors by how they are called: bound (getattr, or 3.8-3.10's keyword
# calls through LOAD_ATTR) they are named by the receiver's type from 3.9 (meth_get__qualname__:
# "tuple.__dir__" for object.__dir__), called through LOAD_METHOD by the descriptor's owner;
# METH_VARARGS methods refuse keywords by the bare name when bound. Also 3.8-3.9's unnamed
# PyArg_ParseTuple formats (int.__round__, memoryview.tobytes/cast), complex.__format__ and the
# 3.8-3.9 complex refusals, range.__reduce__ taking any arguments, __class_getitem__, property's
# getter/setter/deleter and __set_name__, memoryview.__exit__.

SHAPES = [(), (1,), ("a",), (None,), (1, 2), (1, 2, 3), ([1],)]


def show(label, args, f):
    try:
        r = f()
        print(label, args, "->", type(r).__name__)
    except Exception as e:
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
        # Pickling these goes through copyreg or their own __reduce__, not modelled yet.
        if name == "__reduce__" and tname in ("set", "object", "A", "iter"):
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


def bound(label, f):
    for args in SHAPES:
        show(label, args, lambda: f(*args))
    show(label, "x=1", lambda: f(x=1))


for label, f in [("tuple.__dir__", (1, 2).__dir__), ("bytes.__sizeof__", b"a".__sizeof__), ("A.__sizeof__", A().__sizeof__),
                 ("str.join", "".join), ("bytes.isalpha", b"".isalpha), ("dict.fromkeys", {}.fromkeys),
                 ("bytes.maketrans", bytes.maketrans), ("list.append", [].append), ("int.__format__", (5).__format__),
                 ("complex.__format__", (1j).__format__), ("int.__round__", (5).__round__), ("float.__round__", (1.5).__round__),
                 ("range.__reduce__", range(3).__reduce__), ("memoryview.tobytes", memoryview(b"ab").tobytes),
                 ("memoryview.cast", memoryview(b"ab").cast), ("memoryview.__exit__", memoryview(b"ab").__exit__),
                 ("property.getter", property().getter), ("property.deleter", property().deleter),
                 ("list.__class_getitem__", getattr(list, "__class_getitem__", None)),
                 ("property.__set_name__", getattr(property(), "__set_name__", None))]:
    if f is not None:
        bound(label, f)

o = memoryview(b"ab")
show("descriptor", "cast x=1", lambda: o.cast(x=1))
show("descriptor", "tobytes 1, 2", lambda: o.tobytes(1, 2))
show("descriptor", "exit x=1", lambda: o.__exit__(x=1))
show("descriptor", "range reduce", lambda: range(2).__reduce__(1, x=2))
show("descriptor", "dir x=1", lambda: (1,).__dir__(x=1))
for name in ("__mod__", "__rmod__", "__floordiv__", "__rfloordiv__", "__divmod__", "__rdivmod__"):
    f = getattr(1j, name, None)
    if f is not None:
        for v in ("a", None, 2, 2.0):
            show(f"complex.{name}", repr(v), lambda: f(v))
for f in (lambda: 1j % "a", lambda: divmod(1j, None), lambda: 1j // [1], lambda: 1j % 2):
    show("complex op", "", f)
# Set-like dict views are unhashable (__hash__ = None); dict_values keeps object hash.
print(hash({}.values()) is not None, {}.items().__hash__, type({}.keys()).__dict__.get("__hash__", "-"))
show("hash keys", "", lambda: hash({}.keys()))
# memoryview._from_flags (3.12+): Argument Clinic's (object, flags), both required, by keyword too.
if hasattr(memoryview, "_from_flags"):
    for args in SHAPES:
        show("_from_flags", args, lambda: memoryview._from_flags(*args))
    show("_from_flags", "x=1", lambda: memoryview._from_flags(x=1))
    show("_from_flags", "flags=0", lambda: bytes(memoryview._from_flags(b"xy", flags=0)))
