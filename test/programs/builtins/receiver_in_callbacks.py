# A bound builtin method names its argument errors by its receiver's type (3.9+
# meth_get__qualname__), for its own call only: a static method (str.maketrans, a
# builtin function) reached from a Python callback inside a bound call (list.sort's key,
# list.index's __eq__, dict.get's __hash__) is named by itself. classmethod_descriptor's own
# call (classmethoddescr_call: binds its first argument, a subtype of the owner) and __get__
# (classmethod_get).


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def sort_with(key):
    m = [1, 2].sort
    return m(key=key)


show("maketrans in key", lambda: sort_with(lambda x: str.maketrans("a", "b", x=1)))
show("bytes.maketrans in key", lambda: sort_with(lambda x: bytes.maketrans(b"a", b"b", x=1)))
show("copy in key", lambda: sort_with(lambda x: {}.copy(1)))
show("bound copy in key", lambda: sort_with(lambda x: getattr({}, "copy")(1)))
show("upper in key", lambda: sort_with(lambda x: str.upper("a", 1)))
show("fromkeys in key", lambda: sort_with(lambda x: dict.fromkeys(x=1)))


class Eq:
    def __eq__(self, other):
        return str.maketrans(x=1)

    __hash__ = object.__hash__


class Hash:
    def __hash__(self):
        return bytes.maketrans(1, 2, 3)


show("index eq", lambda: getattr([Eq()], "index")(1))
show("get hash", lambda: getattr({}, "get")(Hash()))
show("count eq", lambda: getattr((Eq(),), "count")(1))

d = dict.__dict__["fromkeys"]
print(type(d).__name__)
show("call", lambda: d(dict, [1, 2]))
show("no args", lambda: d())
show("non-type", lambda: d(1, [1]))
show("not a subtype", lambda: d(int, [1]))


class D(dict):
    pass


show("subtype", lambda: type(d(D, "ab")).__name__)
show("keywords only", lambda: d(seq=1))
show("get type", lambda: d.__get__(None, dict)([1]))
show("get non-type", lambda: d.__get__(None, 1))
show("get nothing", lambda: d.__get__(None, None))
show("get object", lambda: d.__get__({}, None)([3]))
show("get D object", lambda: type(d.__get__(D(), None)("a")).__name__)
f = int.__dict__["from_bytes"]
show("from_bytes", lambda: (f(int, b"\x01", "big"), f(bool, b"\x01", byteorder="big")))
