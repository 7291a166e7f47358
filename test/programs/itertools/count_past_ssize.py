# count's fast mode near and past PY_SSIZE_T_MAX: values exact past 2**53, the switch to slow
# mode when the C counter reaches PY_SSIZE_T_MAX (count_nextlong makes long_cnt then, and the
# repr shows "<NULL>" until it does), starts beyond a Py_ssize_t, -1 as a start, big steps.
import sys

g = sys.getallocatedblocks
from itertools import count


def show(c, n=4):
    b = g()
    out = [next(c) for _ in range(n)]
    d = g() - b
    print(out, [sys.getsizeof(x) for x in out], d)
    print(repr(c))


show(count(0))
show(count(2 ** 53 - 2))
show(count(-2 ** 53 - 2))
show(count(2 ** 63 - 3))
show(count(2 ** 63 - 1))
show(count(2 ** 63))
show(count(-2 ** 63))
show(count(-2 ** 63 - 1))
show(count(-1))
show(count(-3))
show(count(1.5, 2 ** 60))
show(count(2 ** 62, 2 ** 62))
show(count(5, True))
show(count(True))
c = count(2 ** 63 - 2)
print(repr(c))
next(c)
print(repr(c))
x = next(c)
print(x, repr(c), sys.getrefcount(x))
