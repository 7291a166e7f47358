# Calling an instance of a class with __call__: it has no vectorcall, so _PyObject_MakeTpCall
# packs the positional arguments into a tuple (and keywords into a dict) for slot_tp_call,
# which puts self in front (_PyObject_Call_Prepend); keywords are unpacked again into a
# tuple of their names for the function.


class Probe:
    def __call__(self, v, **kw):
        inner = (v,)
        return id(inner), len(kw)


def run(p, v):
    a = (v,)
    b = (v,)
    ida, idb = id(a), id(b)
    del a
    del b
    got, _ = p(v)
    c = (v,)
    d = (v,)
    idc, idd = id(c), id(d)
    del c, d
    x = (v,)
    y = (v,)
    z = (v,)
    idx, idy, idz = id(x), id(y), id(z)
    del x
    del y
    del z
    got_kw, n = p(v, k=v)
    return got == ida, got == idb, idc == idb, idd == ida, [got_kw == i for i in (idx, idy, idz)], n


p = Probe()
for v in (object(), object()):
    print(run(p, v))
