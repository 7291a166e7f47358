# Calling a class goes through _PyObject_MakeTpCall: the positional arguments in a tuple, the
# keywords in a dict; its __init__ is then called with self prepended (a PyMem stack past five
# arguments) and the keywords unpacked again (a new stack and a tuple of their names).
# __build_class__ puts its keywords in a dict too, metaclass= taken out of it. With the free
# lists drained, each parked tuple and dict shows as a block.
import sys
class P:
    def __init__(self, x, y=0, z=0):
        self.x = x
class Q:
    def __init__(self, a, b, c, d, e, f=0):
        self.a = a
d1 = [(i,) for i in range(100)]
d2 = [(i, i) for i in range(100)]
dd = [{} for i in range(100)]
before = sys.getallocatedblocks()
p = P(1, y=2)
print("P(1, y=2):", sys.getallocatedblocks() - before)
before = sys.getallocatedblocks()
p2 = P(1, y=2, z=3)
print("P(1, y=2, z=3):", sys.getallocatedblocks() - before)
before = sys.getallocatedblocks()
q = Q(1, 2, 3, 4, 5)
print("Q(1..5):", sys.getallocatedblocks() - before)
before = sys.getallocatedblocks()
q = Q(1, 2, 3, 4, 5, f=6)
print("Q(1..5, f=6):", sys.getallocatedblocks() - before)
class M(type):
    pass
before = sys.getallocatedblocks()
class C(metaclass=M):
    pass
print("class with metaclass=:", sys.getallocatedblocks() - before)
