# getsizeof of set() and frozenset() built from ranges of several lengths.
import sys
for n in (0, 1, 4, 5, 10, 18, 19, 50, 77, 100):
    print(n, sys.getsizeof(set(range(n))), sys.getsizeof(frozenset(range(n))))
