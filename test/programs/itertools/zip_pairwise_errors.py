# zip_longest and pairwise when the input iterator raises: zip_longest lets its result tuple
# go and is done (numactive 0), pairwise lets go of its iterator and `old` (3.10 borrows `old`
# while it asks for the next item, 3.11+ hold it: gh-109786), each ends for good.
import sys
import itertools

g = sys.getallocatedblocks


class Boom:
    def __init__(self, n):
        self.i = 0
        self.n = n
        self.prev = None

    def __iter__(self):
        return self

    def __next__(self):
        if self.prev is not None:
            print('  prev refcount inside __next__', sys.getrefcount(self.prev))
        self.i += 1
        if self.i > self.n:
            raise ValueError('boom %d' % self.i)
        self.prev = [self.i]
        return self.prev


def failing_next(it):
    """next(it) that raises: the blocks it leaves."""
    b = g()
    try:
        next(it)
    except ValueError as e:
        print('error', e)
    return g() - b


def after(it):
    try:
        print('next again', next(it))
    except StopIteration:
        print('next again: StopIteration')
    except ValueError as e:
        print('next again:', e)


fill = object()
rc = sys.getrefcount(fill)
# The reused result (the caller let go of the last one).
z = itertools.zip_longest([10, 20, 30, 40], Boom(1), [7], fillvalue=fill)
r = next(z)
print(r[0], r[1], r[2])
del r
print('blocks', failing_next(z), 'fill', sys.getrefcount(fill) - rc)
after(z)
# A new result (the last one still held).
z = itertools.zip_longest([10, 20, 30], Boom(1), [7], fillvalue=fill)
held = next(z)
print('blocks', failing_next(z), 'fill', sys.getrefcount(fill) - rc)
print('held', held[0], held[1], held[2])
after(z)
del z, held
print('fill', sys.getrefcount(fill) - rc)

if hasattr(itertools, 'pairwise'):
    src = Boom(3)
    pw = itertools.pairwise(src)
    print(next(pw))
    print(next(pw))
    last = src.prev
    print('blocks', failing_next(pw), 'last refcount', sys.getrefcount(last))
    after(pw)
    # The first item raises.
    src = Boom(0)
    pw = itertools.pairwise(src)
    print('blocks', failing_next(pw), 'source refcount', sys.getrefcount(src))
    after(pw)
    del pw, last
else:
    print('no pairwise')
