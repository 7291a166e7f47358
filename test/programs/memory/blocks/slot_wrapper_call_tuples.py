# A slot wrapper call (wrapper_descriptor, method-wrapper) has no vectorcall: its arguments
# go into a tuple (_PyObject_MakeTpCall), and wrapperdescr_call slices self off into another.
# With keywords 3.8-3.10 bind the attribute (no LOAD_METHOD), 3.11+ call it unbound with self;
# only the __init__ and __call__ wrappers take keywords (wrapperdescr_raw_call).
import sys

k1, k2, k3 = [], [], []
n = 1000


def drain():
    # Empty the 1-, 2- and 3-tuple free lists, so a tuple a call makes is a new block the
    # free list then keeps.
    for _ in range(40):
        k1.append((n,))
        k2.append((n, n))
        k3.append((n, n, n))


class O:
    def f(self, a=0):
        return a


class L(list):
    def __init__(self, items):
        super().__init__(items)


class P:
    def __init__(self):
        super().__init__()


o = O()
o.a = 1
x, y = 1000, 2000
d = {"k": 1}
e = {}
l = [1, 2, 3]
s = "abc"
m = x.__add__
ys, xy = [y], (x, y)
probes = [
    ("noop", lambda: None),
    ("tuple1", lambda: (x,)),
    ("x.__add__(y)", lambda: x.__add__(y)),
    ("int.__add__(x, y)", lambda: int.__add__(x, y)),
    ("x.__eq__(y)", lambda: x.__eq__(y)),
    ("int.__neg__(x)", lambda: int.__neg__(x)),
    ("object.__setattr__(o, 'a', y)", lambda: object.__setattr__(o, "a", y)),
    ("o.__setattr__('a', x)", lambda: o.__setattr__("a", x)),
    ("d.__getitem__('k')", lambda: d.__getitem__("k")),
    ("l.__len__()", lambda: l.__len__()),
    ("list.__len__(l)", lambda: list.__len__(l)),
    ("s.__contains__('b')", lambda: s.__contains__("b")),
    ("o.__eq__(o)", lambda: o.__eq__(o)),
    ("o.__repr__() is str", lambda: type(o.__repr__()) is str),
    ("bound m(y)", lambda: m(y)),
    ("x.__add__(*ys)", lambda: x.__add__(*ys)),
    ("int.__add__(*xy)", lambda: int.__add__(*xy)),
    ("dict.__setitem__(d, 'j', x)", lambda: dict.__setitem__(d, "j", x)),
    ("L(l)", lambda: L(l)),
    ("P()", lambda: P()),
    ("o.f(a=1)", lambda: o.f(a=1)),
    ("d.__init__(a=1)", lambda: d.__init__(a=1)),
    ("d.__init__(e, a=1)", lambda: d.__init__(e, a=1)),
    ("dict.__init__(d, e, a=1)", lambda: dict.__init__(d, e, a=1)),
    ("d.update(e, a=1)", lambda: d.update(e, a=1)),
]
for name, fn in probes:
    fn()
    drain()
    b0 = sys.getallocatedblocks()
    fn()
    b1 = sys.getallocatedblocks()
    print(name, b1 - b0)
try:
    (1).__add__(y=2)
except TypeError as ex:
    print(ex)
