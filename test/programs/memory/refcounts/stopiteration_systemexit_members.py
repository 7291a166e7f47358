# StopIteration.value and SystemExit.code are members __init__ fills (Objects/exceptions.c
# StopIteration_init, SystemExit_init): each holds its own reference to the value.
import sys

v = object()
e = StopIteration(v)
print("value", e.value is v, sys.getrefcount(v))
e.args = ()
print("after args reset", e.value is v, sys.getrefcount(v))
del e
print("freed", sys.getrefcount(v))

e = StopIteration()
print("no args", e.value)
e.__init__(v)
print("re-init", e.value is v, sys.getrefcount(v))
e.__init__()
print("re-init none", e.value, sys.getrefcount(v))
del e

c = object()
s = SystemExit(c)
print("code", s.code is c, sys.getrefcount(c))
s2 = SystemExit(c, 2)
print("code tuple", s2.code is s2.args, sys.getrefcount(s2.args), sys.getrefcount(c))
s3 = SystemExit()
print("no code", s3.code)
s.__init__()
print("re-init empty", s.code is c, sys.getrefcount(c))
del s, s2, s3
print("freed", sys.getrefcount(c))


class Quiet(StopIteration):
    def __init__(self, *args):
        pass


q = Quiet(v)
print("own init skipped", q.value, q.args is not None, sys.getrefcount(v))
del q


class Loud(SystemExit):
    pass


l = Loud(c)
print("subclass", l.code is c, sys.getrefcount(c))
del l


def gen():
    yield 1
    return v


g = gen()
next(g)
try:
    next(g)
except StopIteration as x:
    print("returned", x.value is v, sys.getrefcount(v))
    del x
print("after", sys.getrefcount(v))


def outer():
    r = yield from gen()
    print("yield from", r is v, sys.getrefcount(v))


for _ in outer():
    pass
print("end", sys.getrefcount(v))
