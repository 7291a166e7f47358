# From 3.12, once a + - or * has run twice on two floats, it writes its result into an
# operand the stack alone holds (DECREF_INPUTS_AND_REUSE_FLOAT): a chain of float
# operations allocates one float, not one per step. Ints and mixed operands do not.
import sys


def poly(xs, a, b, c):
    out = []
    for x in xs:
        out.append(a * x * x + b * x + c)
    return out


xs = [i / 8 for i in range(16)]
b0 = sys.getallocatedblocks()
ys = poly(xs, 0.5, -1.5, 2.0)
print(sys.getallocatedblocks() - b0, round(sum(ys), 6))


def sum_squares(vs):
    total = 0.0
    for v in vs:
        total += v * v
    return total


b1 = sys.getallocatedblocks()
print(sum_squares(xs), sys.getallocatedblocks() - b1)


def mixed(vs):
    # float * int never specializes: every step makes a new float.
    acc = []
    for v in vs:
        acc.append(v * 3 + 1)
    return acc


b2 = sys.getallocatedblocks()
zs = mixed(xs)
print(sys.getallocatedblocks() - b2, zs[-1])

# The first runs of an operation are generic: a fresh temporary each time.
seen = set()
for k in range(6):
    r = (xs[3] * xs[5]) + xs[7]
    seen.add(sys.getrefcount(r))
print(sorted(seen), r)
