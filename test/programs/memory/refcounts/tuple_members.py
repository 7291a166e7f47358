# A tuple holds one reference per item; tuple concatenation copies them.
import sys
x = object()
t = (x, x)
print(sys.getrefcount(x))
u = t + t
print(sys.getrefcount(x))
v = t * 3
print(sys.getrefcount(x))
del t, u
print(sys.getrefcount(x))
del v
print(sys.getrefcount(x))
