# Reference counts: every name, list slot and dict value holding an object is one
# reference (getrefcount's own argument adds one more). The object is freed the
# moment its count reaches zero.
import sys

x = [1, 2, 3]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
holder = [x, x]
print(sys.getrefcount(x))
table = {"k": x}
print(sys.getrefcount(x))
del holder, table, y
print(sys.getrefcount(x))
