# getsizeof of class objects: the heap type structure, the same for every plain class of a version.
import sys
class A:
    pass
class B(A):
    x = 1
    def m(self):
        pass
class S:
    __slots__ = ('a', 'b')
print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(S))
print(sys.getsizeof(int), sys.getsizeof(object))
class Wide:
    def __init__(self):
        for i in range(8):
            setattr(self, 'a' + str(i), i)
before = sys.getsizeof(Wide)
w = Wide()
print(before, sys.getsizeof(Wide))
class Meta(type):
    pass
class M(metaclass=Meta):
    pass
print(sys.getsizeof(M) == sys.getsizeof(A))
