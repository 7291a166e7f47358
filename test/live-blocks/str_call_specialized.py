# str(x) in a loop: up to 3.10 str has no vectorcall, so each call packs its argument into a
# 1-tuple (_PyObject_MakeTpCall) taken from the free list, which tracemalloc then gives this
# line. 3.11 (once the code is quickened) and 3.12 (from the call's second run) specialize
# str(x) to PRECALL_NO_KW_STR_1 / CALL_NO_KW_STR_1, which packs none; 3.13's str has a vectorcall.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)


def labels(points):
    out = []
    for p in points:
        pair = (p.x, p.y)
        out.append(pair)
        last = (p,)
        del last
        out.append(str(p))
    return out


def keys(n):
    names = {}
    for i in range(n):
        one = (i,)
        del one
        names[str(i)] = i
    return names


pts = [Point(i, i * 2) for i in range(12)]
first = labels(pts[:1])
rest = labels(pts)
table = keys(20)
sys.stdout.write(f"{first} {rest[-1]} {len(table)}\n")
