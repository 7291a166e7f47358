# islice lets go of its iterator when the iterator raises (islice_next's "goto empty", while
# skipping or for the item) and is done; tee lets go of the iterator when looking up its
# __copy__ raises anything but AttributeError, and takes an AttributeError (a property's,
# __getattr__'s) as no __copy__ at all (_PyObject_LookupAttr).
import sys
from itertools import islice, tee

g = sys.getallocatedblocks


class Boom:
    def __init__(self, bad):
        self.i = 0
        self.bad = bad

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == self.bad:
            raise ValueError('boom at %d' % self.i)
        return self.i


def run(src, *args):
    rc = sys.getrefcount(src)
    s = islice(src, *args)
    out = []
    try:
        for x in s:
            out.append(x)
    except ValueError as e:
        print(out, 'error', e, 'source refcount', sys.getrefcount(src) - rc)
    print('then', list(s), sys.getrefcount(src) - rc)


run(Boom(3), 0, None, 2)
run(Boom(2), 5)
run(Boom(4), 2, 10, 3)


class CopyRaises:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    @property
    def __copy__(self):
        raise KeyError('no copy')


class CopyMissing(CopyRaises):
    @property
    def __copy__(self):
        raise AttributeError('no copy')


class GetattrMissing:
    def __iter__(self):
        return self

    def __next__(self):
        return 2

    def __getattr__(self, name):
        raise AttributeError(name)


for cls in (CopyRaises, CopyMissing, GetattrMissing):
    src = cls()
    rc = sys.getrefcount(src)
    b = g()
    try:
        pair = tee(src, 3)
        print(cls.__name__, [type(t).__name__ for t in pair], [next(t) for t in pair], sys.getrefcount(src) - rc)
        del pair
    except KeyError as e:
        print(cls.__name__, 'KeyError', e)
    print(cls.__name__, 'blocks', g() - b, 'refcount', sys.getrefcount(src) - rc)
