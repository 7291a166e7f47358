# __slots__ members hold references like instance attributes do.
import sys
class S:
    __slots__ = ('a', 'b')
x = object()
s = S()
s.a = x
s.b = x
print(sys.getrefcount(x))
s.a = None
print(sys.getrefcount(x))
del s
print(sys.getrefcount(x))
