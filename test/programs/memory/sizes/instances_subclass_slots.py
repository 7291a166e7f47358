# getsizeof of subclasses mixing __slots__ and plain classes.
import sys
class Base:
    __slots__ = ('a',)
class Sub(Base):
    __slots__ = ('b',)
class Open(Base):
    pass
class Deep(Sub):
    __slots__ = ()
print(sys.getsizeof(Base()), sys.getsizeof(Sub()), sys.getsizeof(Deep()))
print(sys.getsizeof(Open()))
