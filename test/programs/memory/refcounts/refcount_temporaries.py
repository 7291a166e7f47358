# A temporary passed straight to getrefcount has exactly one reference.
import sys
print(sys.getrefcount(object()))
print(sys.getrefcount([]))
print(sys.getrefcount({}))
print(sys.getrefcount([1, 2, 3]))
print(sys.getrefcount(int('1' * 30)))
