# `a, b = x, y` with one to three items makes no tuple: the compiler turns BUILD_TUPLE n then
# UNPACK_SEQUENCE n into a swap. Four items, a starred one, or a value that is not a tuple
# display still go through a tuple.
import sys
d2 = [(i, i) for i in range(100)]
d3 = [(i, i, i) for i in range(100)]
def f(xs):
    lo, hi = 0, len(xs)
    a, b, c = lo, hi, 5
    return lo + hi + a + b + c
before = sys.getallocatedblocks()
f([1, 2])
print(sys.getallocatedblocks() - before)
x, y = 1, 2
x, y = y, x
print(sys.getallocatedblocks() - before, x, y)
before = sys.getallocatedblocks()
p, q, r, s = x, y, x, y
print("four items:", sys.getallocatedblocks() - before)
d4 = [(i, i, i, i) for i in range(100)]
before = sys.getallocatedblocks()
p, q, r, s = x, y, x, y
print("four items, drained:", sys.getallocatedblocks() - before)
[m, n] = x, y
print(m, n, sys.getallocatedblocks() - before)
