# Bases that are not types stand for others through __mro_entries__ (PEP 560): the class keeps
# what was written as __orig_bases__; list[int] (3.9+) stands for list.
import sys

class Fake:
    def __mro_entries__(self, bases):
        print('entries for', len(bases))
        return (tuple,)

class F(Fake(), metaclass=type):
    pass
print(F.__bases__, len(F.__orig_bases__), F.__mro__)

class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class G(Bad()):
        pass
except TypeError as e:
    print(e)

class E(list):
    pass
print('__orig_bases__' in E.__dict__)

if sys.version_info >= (3, 9):
    class C(list[int]):
        pass
    print(C.__mro__, C.__orig_bases__, C.__bases__, C([1, 2]), '__orig_bases__' in C.__dict__)
    class D(dict[str, int], object):
        pass
    print(D.__mro__, D.__orig_bases__)
    print(list[int].__mro_entries__(()), sys.getrefcount(list[int]))
