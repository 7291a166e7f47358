# A subclass of a builtin value type called with no arguments makes an instance of the
# subclass (long_subtype_new and its kin), not the base's cached zero or empty singleton:
# its size, its blocks and its __dict__ are the subclass's.
import sys

g = sys.getallocatedblocks


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class T(tuple):
    pass


class Fz(frozenset):
    pass


for cls in (I, F, S, T, Fz):
    keep = [cls() for _ in range(3)]
    b = g()
    x = cls()
    a = g()
    print(cls.__name__, type(x).__name__, x is cls(), x == cls(), sys.getsizeof(x), a - b)
    x.tag = "t"
    print(x.tag, sorted(vars(x)), sys.getsizeof(x))
    del keep, x
i = I()
print(i + 1, type(i + 1).__name__, -i, type(-i).__name__, I(7) * 2, type(I("12", 8)).__name__)
