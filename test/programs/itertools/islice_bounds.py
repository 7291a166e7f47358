# islice's indices as C Py_ssize_t values: next += step past PY_SSIZE_T_MAX wraps below the old
# next (islice_next's (size_t) cast), so next becomes stop and, with no stop, the items that
# follow are not skipped; bounds at sys.maxsize, indices past it or not indices at all.
import sys
from itertools import islice

M = sys.maxsize
print(list(islice(range(10), 1, None, M)))
print(list(islice(range(10), 3, None, M - 2)))
print(list(islice(range(10), 2, None, M - 2)))
print(list(islice(range(10), 3, 8, M - 2)))
print(list(islice(range(10), 1, M, M - 1)))
print(list(islice(range(10), 0, None, M)))
print(list(islice(range(10), 2, None, 2 ** 62)))
print(list(islice(range(5), M)), list(islice(range(5), 0, M, M)))


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print('  __index__', self.v)
        return self.v


print(list(islice(range(10), Index(2), Index(9), Index(3))))
for args in ((M + 1,), (0, M + 1), (M + 1, None), (0, None, M + 1), (-1,), (0, -2), (0, None, 0), ('a',), (Index(2 ** 64), 3)):
    try:
        print(list(islice(range(3), *args)))
    except ValueError as e:
        print(len(args), 'ValueError', e)
