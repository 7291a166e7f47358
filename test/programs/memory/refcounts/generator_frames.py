# A suspended generator's frame holds its locals and arguments.
import sys
def gen(a):
    b = a
    yield 1
    yield 2
x = object()
g = gen(x)
print(sys.getrefcount(x))
next(g)
print(sys.getrefcount(x))
next(g)
print(sys.getrefcount(x))
del g
print(sys.getrefcount(x))
