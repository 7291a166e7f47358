# range's bounds through PyNumber_Index: bools kept as given up to 3.9 (copied to ints from 3.10), int
# subclasses, __index__ objects; slicing, index/count and slice.indices with their TypeErrors.
import sys
class I:
    def __index__(self): return 7
class J(int): pass
print(range(True), range(False, True), range(2, 5)[True:], range(I()), range(J(3), J(9), J(2)), range(J(3)).stop.__class__.__name__)
print(sys.getrefcount(0) > 0, range(0, 10, 3)[::-1], range(10)[I()], list(reversed(range(5, -7, -4))), range(5).index(True), range(3).count(J(1)))
try: range(1.5)
except TypeError as e: print(e)
try: range(0, 3)['a']
except TypeError as e: print(e)
try: range(5)[::0]
except ValueError as e: print(e)
try: range(5)['a':]
except TypeError as e: print(e)
try: slice('a').indices(5)
except TypeError as e: print(e)
print(slice(2, None, -1).indices(10), slice(-100, 100).indices(10), range(10)[-100:100], range(10)[I():])
