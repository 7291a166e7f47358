# A dict subclass called with keywords goes through tp_call: _PyObject_MakeTpCall makes a dict
# of the keywords and dict_init merges it into the new instance (PyDict_Merge, which clones its
# keys from 3.10), where dict(...) itself sets them one by one (dict_vectorcall, 3.9+).
import sys


class D(dict):
    pass


class E(dict):
    def __init__(self, **kw):
        super().__init__(**kw)


def blocks(make):
    before = sys.getallocatedblocks()
    x = make()
    return sys.getallocatedblocks() - before, sys.getsizeof(x), len(x)


makers = [
    ("D(a=1)", lambda: D(a=1)),
    ("D(six keywords)", lambda: D(a=1, b=2, c=3, d=4, e=5, f=6)),
    ("D(mapping, a=1)", lambda: D({"z": 0}, a=1)),
    ("E(a=1, b=2)", lambda: E(a=1, b=2)),
    ("dict(a=1, b=2)", lambda: dict(a=1, b=2)),
]
for name, make in makers:
    blocks(make)
    print(name, blocks(make), blocks(make))
kept = [D(k=i) for i in range(5)]
print([sys.getsizeof(d) for d in kept], sorted(kept[2].items()))
