# f(*args, **kwargs) with keywords: the tuple of keyword names _PyStack_UnpackDict makes lives
# through the call of a bound method in every version, and of a function up to 3.11; 3.12+ push a
# function's frame themselves and free it once the arguments are bound, so a one-item tuple the
# body makes takes its block from the free list there.
import sys
d1 = [(i,) for i in range(2100)]
keep = []


def g(a, b=0):
    before = sys.getallocatedblocks()
    t = (a + b,)
    keep.append(t)
    return sys.getallocatedblocks() - before


class C:
    def m(self, a, b=0):
        before = sys.getallocatedblocks()
        t = (a + b,)
        keep.append(t)
        return sys.getallocatedblocks() - before


o = C()
args = (1,)
kw1 = {"b": 2}
for i in range(3):
    print(g(*args, **kw1), o.m(*args, **kw1), g(1, b=2))
