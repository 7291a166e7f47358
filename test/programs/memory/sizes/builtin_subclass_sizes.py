# Instances of classes derived from builtins: tuple and bytes keep their dict pointer after
# the items up to 3.11 and have no __weakref__; str subclasses are legacy (not compact)
# strings; int.__sizeof__ ignores the subclass's extra bytes; from 3.12 the dict is managed.
import sys
class T(tuple): pass
class I(int): pass
class B(bytes): pass
class S(str): pass
class L(list): pass
class D(dict): pass
class F(float): pass
print('__weakref__' in T.__dict__, '__weakref__' in I.__dict__, '__dict__' in I.__dict__, '__weakref__' in S.__dict__)
print(sys.getsizeof(T((1, 2))), sys.getsizeof(T()), sys.getsizeof(B(b'ab')), sys.getsizeof(S('ab')), sys.getsizeof(S('é')), sys.getsizeof(S('€uro')))
print(sys.getsizeof(L()), sys.getsizeof(D()), sys.getsizeof(F(1.5)), sys.getsizeof(I(5)), sys.getsizeof(I(0)), sys.getsizeof(I(2 ** 40)), sys.getsizeof(I(-2 ** 90)))
