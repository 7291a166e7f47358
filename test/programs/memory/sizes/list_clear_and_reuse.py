# getsizeof after clear(), del lst[:] and rebuilding a list.
import sys
lst = list(range(30))
lst.clear()
print(sys.getsizeof(lst))
lst.append(1)
print(sys.getsizeof(lst))
lst = list(range(30))
del lst[:]
print(sys.getsizeof(lst))
lst *= 3
print(sys.getsizeof(lst))
m = [1, 2, 3]
m *= 5
print(sys.getsizeof(m))
