# A class without __slots__ over a base with them: 3.11-3.12 give its instances a values
# array at creation as any class's; 3.13 gives inline values only where the body is a bare
# PyObject (type_ready_managed_dict), so these instances get a dict with values of their own
# at the first store or __dict__ read (_PyObjectDict_SetItem, new_dict_with_shared_keys).
import sys

g = sys.getallocatedblocks


class Named:
    __slots__ = ("name",)


class Loose(Named):
    pass


class Empty:
    __slots__ = ()


class OverEmpty(Empty):
    pass


class Plain:
    pass


for cls in (Loose, OverEmpty, Plain, Loose):
    crowd = [cls() for _ in range(3)]
    b = g()
    x = cls()
    made = g() - b
    b = g()
    x.r = 1
    first = g() - b
    b = g()
    x.s = 2
    x.t = 3
    more = g() - b
    print(cls.__name__, sys.getsizeof(x), made, first, more, sys.getsizeof(x.__dict__))
    y = cls()
    b = g()
    d = y.__dict__
    print(g() - b, sys.getsizeof(d), len(d))
    y.u = 4
    del y.u
    print(list(y.__dict__), sys.getsizeof(y.__dict__))
    del crowd, x, y, d
z = Loose()
z.name = "n"
for i in range(40):
    setattr(z, f"a{i}", i)
print(len(vars(z)), sys.getsizeof(z.__dict__), z.name)
