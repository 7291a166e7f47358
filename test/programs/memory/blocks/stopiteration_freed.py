# A StopIteration that ends an iteration is freed when the loop (or sum, list...) sees it; next()
# raises that very exception, with its value. The counts are compared loosely: 3.12's vary by
# a block from run to run (its type cache), while a leak would leave three blocks per loop.
import sys
class Countdown:
    def __init__(self, start):
        self.left = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return self.left
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
before = sys.getallocatedblocks()
for k in range(10):
    for v in Countdown(3):
        pass
    total = sum(Countdown(4))
print("blocks left by 20 exhausted iterators, fewer than 5:", sys.getallocatedblocks() - before < 5)
try:
    next(WithValue())
except StopIteration as e:
    print("value", e.value, e.args)
print(next(Countdown(0), "default"), list(Countdown(3)))
def gen():
    yield 1
    return 7
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("gen value", e.value)
before = sys.getallocatedblocks()
for k in range(10):
    for x in gen():
        pass
print("blocks left by 10 generators with a return value, fewer than 5:", sys.getallocatedblocks() - before < 5)


class Ending:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(99)
        return self.n


def delegate():
    r = yield from Ending()
    yield ("yield from gives", r)


print(list(delegate()))
