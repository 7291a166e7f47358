# gc.get_count()[0] after each call of a class or builtin type: the arguments tuple a call
# packs (and leaves on the tuple free list) counts once; 3.13 skips it for a class with a
# plain __init__ once the call site has specialized, and for types with a vectorcall.
import gc

gc.disable()

class Pair:
    def __init__(self, i):
        self.i = i
        self.j = [i]

class Star:
    def __init__(self, *args):
        self.args = args

class New:
    def __new__(cls, i):
        return object.__new__(cls)

class Pt(tuple):
    def __new__(cls, i):
        return super().__new__(cls, (i, i))

def counts(make, n=5):
    gc.collect()
    rec = [0] * (n + 1)
    keep = []
    rec[0] = gc.get_count()[0]
    for i in range(n):
        keep.append(make(i))
        rec[i + 1] = gc.get_count()[0]
    del keep
    return [b - a for a, b in zip(rec, rec[1:])]

print("Pair", counts(lambda i: Pair(i)))
print("Pair again", counts(lambda i: Pair(i)))
print("Star", counts(lambda i: Star(i)))
print("New", counts(lambda i: New(i)))
print("Pt", counts(lambda i: Pt(i)))
print("bytearray", counts(lambda i: bytearray(i)))
print("int", counts(lambda i: int(i)))
print("str", counts(lambda i: str(i)))
print("bound", counts(lambda i: Pair(i).__init__))
make = lambda i: Pair(i) if i % 2 else [i]
print("mixed", counts(make, 8))
print("mixed again", counts(make, 8))
