# One comparison dunder in a class sends all six operators through slot_tp_richcompare: one
# the class lacks calls the base's slot wrapper (object.__ne__, object.__le__), which has no
# vectorcall, so its arguments are packed in a tuple and wrapperdescr_call slices the receiver
# off into another; object.__ne__ then asks the class's __eq__ and inverts the answer.
import sys

singles = [(i,) for i in range(2100)]
pairs = [(i, i) for i in range(2100)]
seen = [0]


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        seen[0] = sys.getallocatedblocks()
        return self.x == other.x


a, b = P(1), P(2)
for op in ("==", "!="):
    before = sys.getallocatedblocks()
    r = a == b if op == "==" else a != b
    print(op, r, "blocks held while __eq__ runs:", seen[0] - before)
before = sys.getallocatedblocks()
r = a.__ne__(b)
print("a.__ne__(b):", r, seen[0] - before)
print(object.__ne__(a, a), object.__ne__(a, b), object().__ne__(object()))
print(a <= b if False else "le:", P.__le__(a, b), a.__lt__(b))
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
