# x.__sizeof__() is getsizeof without the GC head of container types.
import sys
for v in (1, 2 ** 100, 1.0, 'abc', (), (1, 2), [], [1, 2, 3], {}, {1: 2}, set(), range(3)):
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v), sys.getsizeof(v) - v.__sizeof__())
