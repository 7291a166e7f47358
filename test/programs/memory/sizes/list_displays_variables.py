# getsizeof of list displays of variables: exactly as many slots as items.
import sys
a, b, c, d, e = 1, 2, 3, 4, 5
print(sys.getsizeof([a]))
print(sys.getsizeof([a, b]))
print(sys.getsizeof([a, b, c]))
print(sys.getsizeof([a, b, c, d, e]))
print(sys.getsizeof([a, b, c, d, e, a, b, c, d, e]))
print(sys.getsizeof([a, 2, b, 4]))
