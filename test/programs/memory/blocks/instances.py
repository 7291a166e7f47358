# Blocks per object (rounded to a tenth over 1000 objects) for instance: object, dict and values up to 3.10, fewer after.
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
class A:
    pass
class B:
    def __init__(self):
        self.x = None
class C:
    def __init__(self):
        self.x = self.y = self.z = None
print(delta(lambda i: A()))
print(delta(lambda i: B()))
print(delta(lambda i: C()))
