# Rebinding a name releases the old object's reference.
import sys
a = [1, 2]
b = a
c = a
print(sys.getrefcount(a))
b = None
print(sys.getrefcount(a))
c = [3]
print(sys.getrefcount(a), sys.getrefcount(c))
