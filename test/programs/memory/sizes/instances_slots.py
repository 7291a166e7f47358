# getsizeof of instances with and without __slots__.
import sys
class Plain:
    pass
class Empty:
    __slots__ = ()
class One:
    __slots__ = ('a',)
class Two:
    __slots__ = ('a', 'b')
class Five:
    __slots__ = ('a', 'b', 'c', 'd', 'e')
for cls in (Plain, Empty, One, Two, Five):
    print(cls.__name__, sys.getsizeof(cls()))
o = Two()
o.a = 1
o.b = [1, 2, 3]
print(sys.getsizeof(o))
