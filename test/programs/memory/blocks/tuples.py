# Blocks per object (rounded to a tenth over 1000 objects) for tuple of new items.
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
print(delta(lambda i: (i, i)))
print(delta(lambda i: (None, None, None)))
print(delta(lambda i: tuple([None] * 30)))
