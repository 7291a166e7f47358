# Tuple unpacking binds each name; the temporary tuple is gone afterwards.
import sys
x = object()
a, b = x, x
print(sys.getrefcount(x))
c, *rest = [x, x, x]
print(sys.getrefcount(x))
del a, b, c
print(sys.getrefcount(x))
del rest
print(sys.getrefcount(x))
