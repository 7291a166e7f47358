# getsizeof of range and slice objects does not depend on their bounds.
import sys
print(sys.getsizeof(range(0)), sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 30)))
print(sys.getsizeof(range(1, 100, 7)))
print(sys.getsizeof(slice(1, 2)), sys.getsizeof(slice(None)), sys.getsizeof(slice(1, 10 ** 20, 3)))
