# zip() and map() make the tuple that holds their iterators before they ask each argument
# for its iterator (bltinmodule.c zip_new, map_new / map_vectorcall: PyTuple_New, then
# PyObject_GetIter into each slot), so a tuple made inside __iter__ comes after it on the
# free list. zip has no vectorcall, so its arguments are packed into a tuple first too.


class Probe:
    def __iter__(self):
        inner = (self,)
        Probe.got = id(inner)
        return iter((1, 2))


p = Probe()


def which(f, *args):
    a = (p,)
    b = (p,)
    c = (p,)
    ids = [id(c), id(b), id(a)]
    del a, b, c
    r = f(*args)
    n = len(list(r)) if r is not None else -1
    return ids.index(Probe.got) if Probe.got in ids else "other", n


def fails(f, *args):
    a = (p,)
    b = (p,)
    ids = [id(b), id(a)]
    del a, b
    try:
        f(*args)
    except TypeError as e:
        after = (p,)
        return ids.index(id(after)) if id(after) in ids else "other", str(e)[:20]


def ident(x):
    return x


print("zip(p):", which(zip, p))
print("map(f, p):", which(map, ident, p))
print("zip(p, p):", which(zip, p, p))
print("map(f, p, p):", which(map, max, p, p))
print("zip(p, 5) fails:", fails(zip, p, 5))
print("map(f, 5) fails:", fails(map, ident, 5))
