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
    except (TypeError, ValueError, OverflowError, AttributeError) as e:
        print(label, args, "!!", type(e).__name__, e)


def bound(label, f):
    for args in SHAPES:
        show(label, args, lambda: f(*args))
    show(label, "x=1", lambda: f(x=1))


class A:
    pass


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
