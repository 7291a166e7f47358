# f(*args, **kwargs) with keywords, to a callable with a vectorcall (a Python function, a bound
# method, sorted, max from 3.13): PyObject_Call unpacks the dict (_PyStack_UnpackDict) into a new
# argument array and a tuple of the keyword names, both freed after the call.
import sys
d1 = [(i,) for i in range(2100)]
d2 = [(i, i) for i in range(2100)]
keep = []


def delta(label, f):
    f()
    keep.append([((i,), (i, i), {}) for i in range(8)])
    before = sys.getallocatedblocks()
    r = f()
    print(label, sys.getallocatedblocks() - before, r)


def g(a, b=0, c=0):
    return a + b + c


class C:
    def m(self, a, b=0):
        return a + b


o = C()
args = (1,)
kw1 = {"b": 2}
kw2 = {"b": 2, "c": 3}
data = [3, 1, 2]
key = {"key": abs}
delta("g(*args):", lambda: g(*args))
delta("g(*args, **kw1):", lambda: g(*args, **kw1))
delta("g(*args, **kw2):", lambda: g(*args, **kw2))
delta("o.m(*args, **kw1):", lambda: o.m(*args, **kw1))
delta("sorted(data, **key):", lambda: sorted(data, **key))
