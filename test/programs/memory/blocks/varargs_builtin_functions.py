# vars() (and dir()) are METH_VARARGS but in 3.12 (Argument Clinic there), memoryview.__exit__ in
# every version, so is a type's __new__ (tp_new_wrapper, with METH_KEYWORDS), min and max up to
# 3.12: the call packs the arguments into a tuple, keywords into a dict. f(*args) hands such a
# builtin its own tuple as it is. 3.13's min and max walk several arguments without a tuple.
import sys
d1 = [(i,) for i in range(2100)]
d2 = [(i, i) for i in range(2100)]
d3 = [(i, i, i) for i in range(2100)]
dd = [{} for i in range(100)]
keep = []


def delta(label, f):
    f()  # warmed up
    # What the calls before gave back to the free lists is taken again, for good.
    keep.append([((i,), (i, i), (i, i, i), {}) for i in range(8)])
    before = sys.getallocatedblocks()
    r = f()
    print(label, sys.getallocatedblocks() - before, r)


class C:
    pass


class K(int):
    def __new__(cls, x, base):
        return int.__new__(cls, x, base=base)


c = C()
c.x = 1
b = b"abc"


def with_view():
    with memoryview(b) as m:
        n = len(m)
    return n


pair = (3, 4)
delta("len (none):", lambda: len(b))
delta("vars(c):", lambda: len(vars(c)))
delta("with memoryview:", with_view)
delta("object.__new__(C):", lambda: type(object.__new__(C)).__name__)
delta("int.__new__(int, 5):", lambda: int.__new__(int, 5))
delta("K('7', base=8):", lambda: K("7", base=8))
delta("min(3, 4):", lambda: min(3, 4))
delta("min(*pair):", lambda: min(*pair))
delta("max(3, 4, key=abs):", lambda: max(3, 4, key=abs))
