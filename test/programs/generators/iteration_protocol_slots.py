# What a class's iteration and length methods answer when they misbehave: __iter__ or
# __contains__ set to None (slot_tp_iter, slot_sq_contains: "not iterable", "not a
# container"; any other name set to None is called and fails), __len__ results that are not
# a valid length (slot_sq_length: index, sign, then Py_ssize_t), and PyObject_LengthHint's
# rules where list(), tuple() and unpacking size their result (a TypeError falls back to
# iterating; 3.8 and 3.9 list() ask len() first and drop a TypeError too).
import sys


class Blocked:
    __iter__ = None
    __contains__ = None
    __len__ = None
    __getitem__ = None
    __next__ = None
    __reversed__ = None
    __bool__ = None
    __call__ = None


n = Blocked()
tries = (lambda: iter(n), lambda: 1 in n, lambda: len(n), lambda: n[0], lambda: next(n),
         lambda: reversed(n), lambda: bool(n), lambda: n(), lambda: list(n), lambda: [*n])
for f in tries:
    try:
        print(f())
    except TypeError as e:
        print(e)


class GetitemNone:
    __getitem__ = None

    def __len__(self):
        return 2


print(type(iter(GetitemNone())).__name__, type(reversed(GetitemNone())).__name__)
try:
    print(1 in GetitemNone())
except TypeError as e:
    print(e)


class Sized:
    def __init__(self, r):
        self.r = r

    def __len__(self):
        return self.r

    def __iter__(self):
        return iter([1, 2])


class MyInt(int):
    pass


class Idx:
    def __index__(self):
        return 3


for r in (3, True, MyInt(4), Idx(), "x", -1, 2**63, 1.5, None):
    try:
        print(len(Sized(r)), end=" ")
    except Exception as e:
        print(type(e).__name__, e, end=" ")
    for f in (list, tuple, set, sorted, lambda o: [*o], bytearray, dict.fromkeys):
        try:
            print(f(Sized(r)), end=" ")
        except Exception as e:
            print(type(e).__name__, e, end=" ")
    print()


class Hinted:
    def __init__(self, r):
        self.r = r

    def __length_hint__(self):
        return self.r

    def __iter__(self):
        return iter([1, 2])


for r in ("x", -1, 2**70, NotImplemented, None, 0, 100):
    for f in (list, tuple, lambda o: [*o], bytearray):
        try:
            print(f(Hinted(r)), end=" ")
        except Exception as e:
            print(type(e).__name__, e, end=" ")
    print()

b = sys.getallocatedblocks()
x = Sized(MyInt(5))
k = len(x)
print(k, sys.getallocatedblocks() - b)
print(bool(Sized(0)), bool(Sized(2)))
