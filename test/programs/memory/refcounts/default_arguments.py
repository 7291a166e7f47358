# A function's default values are held by the function.
import sys
x = object()
def f(a=x):
    return a
print(sys.getrefcount(x))
def g(a=x, b=x):
    return a
print(sys.getrefcount(x))
del f, g
print(sys.getrefcount(x))
