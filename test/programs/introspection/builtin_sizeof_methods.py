# The builtin types that define __sizeof__ themselves (int, str, list, dict, set, frozenset,
# bytearray, type): the method in their own __dict__, and what it says against sys.getsizeof.
import sys
for x in (0, 1, 2**40, -5, True, '', 'abc', [], [1,2], {}, {1:2}, set(), frozenset({1}), bytearray(b'ab'), int, type):
    print(type(x).__name__, x.__sizeof__(), sys.getsizeof(x), type(x).__sizeof__(x))
try:
    [].__sizeof__(1)
except TypeError as e:
    print(e)
print(len(int.__dict__), len(list.__dict__), len(dict.__dict__), len(str.__dict__), len(type.__dict__))
