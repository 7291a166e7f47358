# type() called with a name (and a __qualname__) built at run time: the class holds those
# str objects (ht_name, ht_qualname), hands them out for __name__/__qualname__, drops the
# old one when a new name is assigned, and frees them with the class.
import gc
import sys


def make(i):
    return type("T%d" % i, (), {})


def make_literal(i):
    return type("Lit", (), {})


def make_qualified(i):
    return type("Q%d" % i, (), {"__qualname__": "outer.Q%d" % i})


keep = []
for fn in (make_literal, make, make_qualified):
    for i in range(3):
        b = sys.getallocatedblocks()
        keep.append(fn(i))
        print(fn.__name__, i, sys.getallocatedblocks() - b)

T = keep[3]
b = sys.getallocatedblocks()
names = [T.__name__ for _ in range(5)] + [T.__qualname__ for _ in range(5)]
print("names read", sys.getallocatedblocks() - b, len(names), names[0] is names[9])
del names

b = sys.getallocatedblocks()
T.__name__ = "renamed%d" % 7
print("rename", sys.getallocatedblocks() - b, T.__name__, T.__qualname__)
b = sys.getallocatedblocks()
T.__qualname__ = "requalified%d" % 8
print("requalify", sys.getallocatedblocks() - b, T.__name__, T.__qualname__)

Q = keep[-1]
print(Q.__name__, Q.__qualname__, repr(Q).endswith("outer.Q2'>"))
del T, Q
gc.collect()
b = sys.getallocatedblocks()
del keep[3:]
gc.collect()
print("freed", sys.getallocatedblocks() - b)
