# Blocks per object (rounded to a tenth over 1000 objects) for __slots__ instance: one block in every version.
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
class S:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = None
        self.y = None
print(delta(lambda i: S()))
