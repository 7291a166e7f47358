# getsizeof of list(iterable): ranges, tuples, strings, other lists.
import sys
for n in range(12):
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof(list(tuple(range(n)))))
print(sys.getsizeof(list('hello')), sys.getsizeof(list([1, 2, 3])))
