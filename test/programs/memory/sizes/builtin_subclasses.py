# getsizeof of subclasses of list, dict, set and Exception: the __dict__/__weakref__ members a class adds per version.
import sys
class L(list):
    pass
class D(dict):
    pass
class E(Exception):
    pass
class S(set):
    pass
print(sys.getsizeof(L()), sys.getsizeof(L([1, 2, 3])), sys.getsizeof(D()), sys.getsizeof(E()), sys.getsizeof(S()))
print(sys.getsizeof(Exception()), sys.getsizeof(ValueError('x')))
