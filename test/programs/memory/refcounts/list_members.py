# A list holds one reference per slot.
import sys
x = object()
lst = [x]
print(sys.getrefcount(x))
lst.append(x)
lst.append(x)
print(sys.getrefcount(x))
lst.pop()
print(sys.getrefcount(x))
many = [x] * 10
print(sys.getrefcount(x))
del many
lst.clear()
print(sys.getrefcount(x))
