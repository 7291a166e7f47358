# Storing an object as an instance attribute adds a reference; deleting it removes it.
import sys
class C:
    pass
x = object()
c = C()
c.a = x
print(sys.getrefcount(x))
c.b = x
print(sys.getrefcount(x))
del c.a
print(sys.getrefcount(x))
del c
print(sys.getrefcount(x))
