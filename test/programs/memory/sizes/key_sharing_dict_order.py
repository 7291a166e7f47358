# Key-sharing instance dicts (3.8-3.10 split tables, 3.11+ shared keys and values): an
# instance storing attributes out of the shared order, deleting one, or growing past the
# shared keys while other instances share them; copies of such a dict.
import sys


def sizes(*objs):
    return [sys.getsizeof(o.__dict__) for o in objs]


class D:
    pass


d1 = D()
d1.p = 1
d1.q = 2
d2 = D()
d2.q = 1
d2.p = 2
d3 = D()
d3.p = 1
d3.q = 2
d3.r = 3
print("order", sizes(d1, d2, d3), sys.getsizeof(D))
del d1.p
d4 = D()
d4.p = 1
print("deleted", sizes(d1, d2, d3, d4), sys.getsizeof(D))


class E:
    pass


e1 = E()
e1.a = 1
e1.b = 2
e2 = E()
e2.a = 1
e2.b = 2
e2.c, e2.d, e2.e, e2.f, e2.g, e2.h = range(6)
e3 = E()
e3.a = 1
print("grown while shared", sizes(e1, e2, e3), sys.getsizeof(E))
del e1
e4 = E()
e4.a = 1
print("later", sizes(e2, e3, e4), sys.getsizeof(E))
copied = dict(e4.__dict__)
copy2 = e4.__dict__.copy()
e4.__dict__["zz"] = 1
print("copies", sys.getsizeof(copied), sys.getsizeof(copy2), sizes(e4), sys.getsizeof(E))


class F:
    pass


f1 = F()
f1.a = 1
f1.c, f1.d, f1.e, f1.f, f1.g, f1.h = range(6)
f2 = F()
f2.a = 1
print("grown alone", sizes(f1, f2), sys.getsizeof(F))
