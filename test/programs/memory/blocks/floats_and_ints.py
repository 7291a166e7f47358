# Blocks per object (rounded to a tenth over 1000 objects) for float and per int beyond the small-int cache.
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
print(delta(lambda i: i + 0.5))
print(delta(lambda i: i + 1000))
print(delta(lambda i: (i + 1) * 2 ** 40))
print(delta(lambda i: i * 2 ** 100))
