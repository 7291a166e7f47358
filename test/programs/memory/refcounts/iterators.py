# An iterator holds a reference to what it iterates.
import sys
lst = [1, 2, 3]
print(sys.getrefcount(lst))
it = iter(lst)
print(sys.getrefcount(lst))
it2 = iter(lst)
print(sys.getrefcount(lst))
for _ in it:
    pass
print(sys.getrefcount(lst))
del it, it2
print(sys.getrefcount(lst))
