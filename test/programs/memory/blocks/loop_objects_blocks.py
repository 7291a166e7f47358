# sys.getallocatedblocks deltas: objects kept in a list per loop round, then dropped, across types.
import gc, sys
gc.collect()
gc.disable()
class Pt:
    def __init__(self, x):
        self.x = x
class SPt:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
def measure(make, n=200):
    keep = []
    b0 = sys.getallocatedblocks()
    for i in range(n):
        keep.append(make(i))
    grown = sys.getallocatedblocks() - b0
    del keep
    left = sys.getallocatedblocks() - b0
    return grown, left
measure(lambda i: Pt(i))
measure(lambda i: SPt(i))
print("ints > 256:", measure(lambda i: i + 1000))
print("small ints:", measure(lambda i: i % 5))
print("floats:", measure(lambda i: i * 0.5))
print("tuples:", measure(lambda i: (i, i)))
print("lists:", measure(lambda i: [i]))
print("dicts:", measure(lambda i: {"i": i}))
print("instances:", measure(lambda i: Pt(i)))
print("slotted:", measure(lambda i: SPt(i)))
print("strings:", measure(lambda i: "s" + str(i + 1000)))
print("sets:", measure(lambda i: {i}))
print("bytes:", measure(lambda i: bytes(3)))
print("same object:", measure(lambda i: None))
