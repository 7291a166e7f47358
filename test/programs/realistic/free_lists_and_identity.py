# Free lists and id reuse, the way a curious developer probes them.
import sys


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def same_slot(make):
    a = make()
    first = id(a)
    del a
    b = make()
    return id(b) == first


print("float", same_slot(lambda: float("1.5")))
print("list", same_slot(lambda: [1, 2, 3]))
print("dict", same_slot(lambda: {"a": 1}))
print("tuple", same_slot(lambda: tuple([1, 2])))
print("slots instance", same_slot(lambda: P(1, 2)))
print("str", same_slot(lambda: "abc" * 7))

ids = set()
for i in range(100):
    p = P(i, i)
    ids.add(id(p))
print("distinct addresses for 100 P():", len(ids))

before = sys.getallocatedblocks()
pts = [P(i, -i) for i in range(1000)]
mid = sys.getallocatedblocks()
del pts
after = sys.getallocatedblocks()
print("blocks for 1000 P:", mid - before, "left after del:", after - before)

before = sys.getallocatedblocks()
fl = [float(i) / 3 for i in range(500)]
mid = sys.getallocatedblocks()
del fl
after = sys.getallocatedblocks()
print("blocks for 500 floats:", mid - before, "left after del:", after - before)
x = 256
y = 255 + 1
print("small ints cached:", x is y)
big = 10 ** 3
big2 = int("1000")
print("1000 cached:", big is big2, big == big2)
e1 = ""
e2 = "abc"[3:]
print("empty str singleton:", e1 is e2)
t1 = ()
t2 = tuple([])
print("empty tuple singleton:", t1 is t2)
c1 = "a"
c2 = "abc"[0]
print("one-char cached:", c1 is c2)
s1 = "hello_world"
s2 = "hello" + "_world"
print("folded and interned:", s1 is s2)
s3 = "".join(["hello", "_world"])
print("joined at run time:", s1 is s3, s1 is sys.intern(s3))
