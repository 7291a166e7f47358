# tuple() of an iterable without a length is built in a tuple of ten slots that grows by
# _PyTuple_Resize and is cut back at the end: its size class moves as items come.
import sys


def gen(n):
    for i in range(n):
        yield i


class Hinted:
    """A length that is wrong: tuple() trusts it for the first allocation only."""

    def __init__(self, n, real):
        self.n = n
        self.real = real

    def __len__(self):
        return self.n

    def __iter__(self):
        return iter(range(self.real))


# Warm up: the first generator and the first resize leave what they leave once.
tuple(gen(25))
keep = []
b0 = sys.getallocatedblocks()
for n in (0, 1, 3, 8, 10, 11, 12, 20, 30, 40):
    t = tuple(gen(n))
    keep.append(t)
    print(n, sys.getsizeof(t), sys.getallocatedblocks() - b0)
for n, real in ((4, 2), (2, 4), (3, 0), (0, 3)):
    t = tuple(Hinted(n, real))
    print(n, real, t, sys.getsizeof(t), len(t) == 0 and t == ())
print(tuple([1, 2, 3]), tuple((4, 5)), tuple("ab"), tuple(range(3)), tuple({7: 8}))


class T(tuple):
    pass


print(T(gen(3)), T([1, 2]), T(), type(T(gen(2))).__name__)
del keep[:]
b1 = sys.getallocatedblocks()
for i in range(30):
    tuple(gen(15))
print(sys.getallocatedblocks() - b1)
