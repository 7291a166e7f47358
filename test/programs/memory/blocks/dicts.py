# Blocks per object (rounded to a tenth over 1000 objects) for dict with str keys, int keys and six keys.
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
print(delta(lambda i: {'a': None}))
print(delta(lambda i: {1: None}))
print(delta(lambda i: {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print(delta(lambda i: dict(x=None)))
