# getrefcount of function locals: the fast local plus the argument.
import sys
def f():
    o = object()
    r1 = sys.getrefcount(o)
    p = o
    r2 = sys.getrefcount(o)
    lst = [o, p]
    r3 = sys.getrefcount(o)
    return r1, r2, r3
print(f())
