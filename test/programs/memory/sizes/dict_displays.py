# getsizeof of dict displays and dict() calls.
import sys
print(sys.getsizeof({}), sys.getsizeof(dict()))
print(sys.getsizeof({'a': 1}), sys.getsizeof({1: 'a'}))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print(sys.getsizeof(dict(a=1, b=2)))
print(sys.getsizeof(dict([(1, 2), (3, 4)])))
