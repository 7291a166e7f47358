# A function argument: the caller's stack kept its own reference up to 3.10.
import sys
def f(a):
    return sys.getrefcount(a)
def g(a):
    b = a
    return sys.getrefcount(a)
def h(a, b):
    return sys.getrefcount(a)
x = object()
print(f(x), g(x), h(x, x))
print(f(object()))
