# locals() in a function: up to 3.12 one dict the frame keeps (f_locals), brought up to date at
# each call and freed with the frame; 3.13 makes the frame object and a proxy, and returns a
# new dict each time (PEP 667). Cells and free variables are among the locals; dir() reads them too.
import sys


def f(a, b):
    c = a + b

    def inner():
        return c

    n0 = sys.getallocatedblocks()
    d = locals()
    n1 = sys.getallocatedblocks()
    e = locals()
    n2 = sys.getallocatedblocks()
    print(n1 - n0, n2 - n1, d is e, sys.getrefcount(d), list(d), list(e))
    return d


r = f(1, 2)
print(list(r), sys.getrefcount(r))
del r


def g():
    x = 1
    n0 = sys.getallocatedblocks()
    y = [sys.getallocatedblocks() - n0 for q in range(2)]
    n1 = sys.getallocatedblocks()
    z = [locals() for q in range(2)]
    n2 = sys.getallocatedblocks()
    print(y, n1 - n0, n2 - n1, z[0] is z[1], sorted(z[0]))


g()


def h(a):
    b = 1
    print(dir())
    print([dir() for x in range(1)])
    n0 = sys.getallocatedblocks()
    dir()
    n1 = sys.getallocatedblocks()
    dir()
    n2 = sys.getallocatedblocks()
    print(n1 - n0, n2 - n1)


h(0)


def outer():
    free = 'v'

    def inner(p):
        q = free
        return sorted(locals().items())

    return inner(1)


print(outer())


def freed_with_frame():
    d = locals()
    return sys.getrefcount(d)


n0 = sys.getallocatedblocks()
for i in range(3):
    freed_with_frame()
print(sys.getallocatedblocks() - n0)
print([d for d in [dir() for q in range(1)][0] if not d.startswith('__')])


class C:
    y = 1
    print([dir() for z in range(1)])
