# Blocks per object (rounded to a tenth over 1000 objects) for set: the smalltable is inside the object, a bigger table is a second block.
import gc, sys
gc.collect()
gc.disable()
def delta(make, n=1000):
    warm = [None] * n
    for i in range(n):
        warm[i] = make(i)
    hold = [None] * n
    b0 = sys.getallocatedblocks()
    for i in range(n):
        hold[i] = make(i)
    b1 = sys.getallocatedblocks()
    return round((b1 - b0) / n, 1)
print(delta(lambda i: {None}))
print(delta(lambda i: set(range(4))))
print(delta(lambda i: set(range(5))))
print(delta(lambda i: frozenset(range(10))))
