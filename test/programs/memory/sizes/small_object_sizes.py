# Sizes of the small objects a script meets besides its data: super, descriptors, bound and
# builtin methods, wrappers, iterators, dict views, code, frames, exceptions, struct sequences.
import sys


class A:
    x = 1

    def m(self):
        return super()

    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        return 2

    @classmethod
    def c(cls):
        return 3


class B(A):
    __slots__ = ('q',)


a = A()
b = B()
d = {1: 2, 3: 4}
objs = [
    ('super', super(A, a)), ('super-zero', a.m()), ('super-type', super(B, B)),
    ('property', A.__dict__['p']), ('staticmethod', A.__dict__['s']), ('classmethod', A.__dict__['c']),
    ('bound method', a.m), ('classmethod bound', A.c), ('builtin method', [].append),
    ('method-wrapper', a.__str__), ('slot wrapper', object.__str__), ('method_descriptor', list.append),
    ('classmethod_descriptor', dict.__dict__['fromkeys']), ('getset', type.__dict__['__name__']),
    ('member', B.__dict__['q']), ('wrapper_descriptor', int.__add__),
    ('mappingproxy', A.__dict__), ('cell', a.m.__func__.__closure__[0] if a.m.__func__.__closure__ else None),
    ('enumerate', enumerate([])), ('zip', zip([], [])), ('map', map(str, [])), ('filter', filter(None, [])),
    ('reversed list', reversed([1])), ('reversed range', reversed(range(3))), ('reversed seq', reversed((1, 2))),
    ('list_iterator', iter([])), ('tuple_iterator', iter(())), ('str_iterator', iter('a')),
    ('str_iterator ucs', iter('\u20ac')), ('bytes_iterator', iter(b'')), ('bytearray_iterator', iter(bytearray())),
    ('set_iterator', iter(set())), ('dict_keyiterator', iter(d)), ('dict_valueiterator', iter(d.values())),
    ('dict_itemiterator', iter(d.items())), ('dict_keys', d.keys()), ('dict_values', d.values()), ('dict_items', d.items()),
    ('range_iterator', iter(range(3))), ('longrange_iterator', iter(range(2**70))), ('callable_iterator', iter(lambda: 1, 2)),
    ('seq iterator', iter(type('S', (), {'__getitem__': lambda s, i: i})())),
    ('memoryview', memoryview(b'ab')), ('slice', slice(None)), ('NotImplemented', NotImplemented),
    ('Ellipsis', ...), ('type', type), ('object()', object()), ('instance A', a), ('instance B', b),
    ('function', A.m), ('lambda', lambda: 0), ('code', A.m.__code__), ('module', sys),
    ('frame', sys._getframe()), ('traceback', None), ('exception', ValueError('x')), ('KeyError', KeyError()),
    ('StopIteration', StopIteration(1)), ('OSError', OSError(2, 'no')), ('SyntaxError', SyntaxError('x')),
    ('UnicodeDecodeError', UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')), ('BaseException', BaseException()),
    ('generator', (i for i in ())), ('list_reverseiterator', reversed([])),
    ('bytes 0', b''), ('bytearray 0', bytearray()), ('bytearray 5', bytearray(5)), ('str 0', ''),
    ('int 0', 0), ('int 2**30', 2**30), ('int 2**60', 2**60), ('int -2**64', -2**64),
    ('frozenset()', frozenset()), ('set()', set()), ('dict()', {}), ('list()', []), ('tuple()', ()),
    ('complex', 1 + 2j), ('float', 1.5), ('bool', True), ('None', None),
    ('sys.version_info', sys.version_info), ('sys.float_info', sys.float_info),
    ('sys.int_info', sys.int_info), ('sys.hash_info', sys.hash_info),
]
for name, o in objs:
    print(name, type(o).__name__, sys.getsizeof(o))
try:
    raise ValueError
except ValueError as e:
    print('traceback', sys.getsizeof(e.__traceback__))
