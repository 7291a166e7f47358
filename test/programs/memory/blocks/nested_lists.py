# Blocks per object (rounded to a tenth over 1000 objects) for list of lists.
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
print(delta(lambda i: [[], []]))
print(delta(lambda i: [[None], [None], [None]], 300))
