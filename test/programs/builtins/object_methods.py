# The methods every type inherits from object and type, called as a script would: __format__,
# __dir__, __subclasshook__, __getstate__ (3.11+), __getnewargs__, __length_hint__ and
# __setstate__ of iterators, __instancecheck__/__subclasscheck__, __prepare__, __doc__, __annotations__.
import sys

class P:
    def __init__(self):
        self.a = 1
        self.b = 2

class Q:
    def __str__(self):
        return 'Q!'

class Fmt:
    def __format__(self, spec):
        return 'fmt:' + spec

p = P()
print(object.__format__(Q(), ''), format(Q(), ''), format(Fmt(), 'x>5'), f'{Fmt():abc}')
print((5).__format__('03d'), (2.5).__format__('.3f'), 'ab'.__format__('>4'), (1 + 2j).__format__(''), True.__format__('d'), format(True, ''))
for call in [lambda: object.__format__(p, 'x'), lambda: format(Q(), 's'), lambda: format([], 'x'), lambda: (5).__format__(5)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(sorted(p.__dir__()) == dir(p), sorted(P.__dir__(P)) == dir(P), 'a' in p.__dir__(), type(p.__dir__()).__name__)
print(sorted((5).__dir__()) == dir(5), sorted(int.__dir__(int)) == dir(int))

class D:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(D()))
print(object.__subclasshook__(int), int.__subclasshook__(str), P.__subclasshook__(P))
print(isinstance(3, int), int.__instancecheck__(3), int.__instancecheck__('x'), int.__subclasscheck__(bool), type.__instancecheck__(int, 3))
try:
    int.__subclasscheck__(3)
except TypeError as e:
    print('TypeError', e)
print(type.__prepare__('X', ()), type(type.__prepare__()).__name__)
print(int.__text_signature__, hasattr(type, '__abstractmethods__'), hasattr(int, '__abstractmethods__'))
if sys.version_info >= (3, 11):
    print((5).__getstate__(), p.__getstate__(), Q().__getstate__(), '__slotnames__' in P.__dict__, P.__slotnames__)
else:
    print(hasattr(object, '__getstate__'))
print((7).__getnewargs__(), (2.5).__getnewargs__(), 'ab'.__getnewargs__(), b'x'.__getnewargs__(), (1, 2).__getnewargs__(), (1 + 2j).__getnewargs__())
t = (1, 2)
print(t.__getnewargs__()[0] is t)
if sys.version_info >= (3, 11):
    print(b'ab'.__bytes__(), (1j).__complex__())
it = iter([1, 2, 3, 4])
print(it.__length_hint__(), next(it), it.__length_hint__())
it.__setstate__(3)
print(it.__length_hint__(), list(it), it.__length_hint__())
it2 = iter((5, 6, 7))
it2.__setstate__(-4)
print(list(it2))
it3 = iter('hello')
it3.__setstate__(99)
print(list(it3), type(iter('x')).__name__, type(iter('\xe9')).__name__)
r = reversed([1, 2, 3])
print(r.__length_hint__(), iter(range(5)).__length_hint__(), iter({1: 2}).__length_hint__(), iter({1, 2}).__length_hint__(), iter(b'abc').__length_hint__())
print(object.__doc__)
print(list.__doc__)
print(type(iter([])).__doc__, type(None).__doc__, (1).__doc__ == int.__doc__, P.__doc__)
if sys.version_info >= (3, 10):
    print(Q.__annotations__, '__annotations__' in Q.__dict__)
    try:
        int.__annotations__
    except AttributeError as e:
        print('AttributeError', e)

def fn():
    pass
if sys.version_info >= (3, 10):
    print(type(fn.__builtins__).__name__, 'len' in fn.__builtins__)
if sys.version_info >= (3, 12):
    print(fn.__type_params__, int.__type_params__)
