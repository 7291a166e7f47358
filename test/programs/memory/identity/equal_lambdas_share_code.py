# Up to 3.10 the compiler makes equal code objects one constant: alike lambdas on one line
# share a code object, and with it the frame the code keeps for its next call; from 3.11
# their column positions tell them apart.
import sys

a = (lambda: [1], lambda: [1])
b = (lambda: [1],)
print("same line:", a[0].__code__ is a[1].__code__, "other line:", a[0].__code__ is b[0].__code__)
print("functions differ:", a[0] is not a[1], a[0].__code__ == b[0].__code__)

handlers = [lambda x: x + 1, lambda x: x + 1, lambda x: x * 2]
print("handlers:", handlers[0].__code__ is handlers[1].__code__, handlers[1].__code__ is handlers[2].__code__)


def make():
    return lambda: [0], lambda: [0]


f, g = make()
print("in a function:", f.__code__ is g.__code__, f.__code__ is make()[0].__code__)

res = []
for mk in (lambda: [1], lambda: [1], lambda: [1]):
    before = sys.getallocatedblocks()
    o = mk()
    res.append(sys.getallocatedblocks() - before)
    del o
print("first calls:", res)

fs = (lambda: [2], lambda: [2])
res = []
for i in range(2):
    for mk in fs:
        before = sys.getallocatedblocks()
        o = mk()
        res.append(sys.getallocatedblocks() - before)
        del o
print("calls again:", res)
print("refcount of a shared code:", sys.getrefcount(fs[0].__code__))
