# math.floor, math.ceil and math.trunc of an object look its __floor__/__ceil__/__trunc__ up on
# its type and call the bound method (_PyObject_LookupSpecial). Up to 3.11 the name is the math
# module's _Py_IDENTIFIER: 3.11's first one grows the interpreter's identifier array
# (_PyUnicode_FromId, one block of 16 slots), 3.12+ keep the names in the module state.
import math
import sys


class R:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        self.num, self.den = num, den

    def __floor__(self):
        return self.num // self.den

    def __ceil__(self):
        return -(-self.num // self.den)

    def __trunc__(self):
        return int(self.num / self.den)


r = R(-7, 2)
# Each method runs once first, so that 3.8-3.10's frame for it exists (co_zombieframe).
r.__floor__(), r.__ceil__(), r.__trunc__()
for name, f in [("floor", math.floor), ("ceil", math.ceil), ("trunc", math.trunc), ("floor", math.floor)]:
    before = sys.getallocatedblocks()
    v = f(r)
    print(name, v, sys.getallocatedblocks() - before)
before = sys.getallocatedblocks()
print(math.trunc(2.75), math.floor(-2.5), math.ceil(2.5), sys.getallocatedblocks() - before)
try:
    math.trunc("x")
except TypeError as e:
    print("TypeError:", e)
