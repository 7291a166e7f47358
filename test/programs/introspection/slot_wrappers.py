# The slot wrappers of builtin types: which dunders each type's slots expose (by version),
# calls through wrapper_descriptors and method-wrappers, and NotImplemented where a slot gives it.
def f():
    pass

# Not modeled: the buffer protocol (__buffer__, __release_buffer__ from 3.12) and type.__or__ (3.10+ unions).
SKIP = {'__buffer__', '__release_buffer__'}
types = [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, type(None), type(f)]
for T in types:
    names = [n for n in dir(T) if n not in SKIP and type(getattr(T, n, None)).__name__ == 'wrapper_descriptor']
    print(T.__name__, len(names), names)
print('type', [n for n in dir(type) if n not in ('__or__', '__ror__') and type(getattr(type, n, None)).__name__ == 'wrapper_descriptor'])

print(int.__add__(2, 3), int.__radd__(2, 3), int.__sub__(10, 4), int.__rsub__(10, 4))
print((5).__sub__(1), (1).__add__(1.5), (7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(3), (7).__divmod__(3))
print((2).__pow__(10), (2).__rpow__(3), (-5).__abs__(), (5).__neg__(), (5).__invert__(), (0).__bool__(), (3).__index__())
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2), (3).__float__(), (3).__int__())
print(int.__lt__(1, 2), int.__eq__(1, 1.0), (1).__eq__('a'), (1).__ne__(2), int.__repr__(42), int.__hash__(-1))
print(float.__add__(1.5, 2), (1.5).__mul__(2), (1.5).__add__('x'), (2.5).__radd__(1), float.__bool__(0.0))
print(complex.__add__(1j, 2), (1j).__mul__(1j), (1j).__add__('x'), abs(complex.__abs__(3 + 4j)))
print(bool.__and__(True, False), (True).__or__(False), (True).__and__(1), bool.__repr__(True))
print(str.__mul__('a', 3), str.__rmul__('ab', 2), str.__add__('a', 'b'), str.__len__('abc'), str.__contains__('abc', 'b'))
print(str.__getitem__('abc', 1), str.__mod__('%d!', 5), str.__lt__('a', 'b'), ('a').__eq__(1), str.__hash__('') == hash(''))
print(bytes.__add__(b'a', b'b'), bytes.__mul__(b'ab', 2), bytes.__len__(b'xyz'), bytes.__getitem__(b'abc', 0))
ba = bytearray(b'ab')
print(bytearray.__iadd__(ba, b'cd'), ba, bytearray.__len__(ba), bytearray.__contains__(ba, 99))
print(list.__len__([1, 2]), list.__add__([1], [2]), list.__mul__([0], 3), list.__contains__([1, 2], 2))
lst = [1, 2, 3]
list.__setitem__(lst, 0, 9)
list.__delitem__(lst, 1)
print(lst, list.__iadd__(lst, (7,)), lst, list.__imul__(lst, 2), list.__eq__([1], [1]), list.__lt__([1], [2]))
print(tuple.__add__((1,), (2,)), tuple.__len__((1, 2, 3)), tuple.__getitem__((1, 2), -1), tuple.__rmul__((1,), 2))
d = {'a': 1}
dict.__setitem__(d, 'b', 2)
dict.__delitem__(d, 'a')
print(d, dict.__len__(d), dict.__eq__(d, {'b': 2}), list(dict.__iter__(d)))
s = {1, 2}
print(set.__or__(s, {3}), set.__and__(s, {2}), set.__sub__(s, {1}), set.__xor__(s, {2, 5}), set.__len__(s), set.__or__(s, 1))
print(frozenset.__or__(frozenset([1]), {2}), frozenset.__len__(frozenset()), range.__len__(range(10)), range.__getitem__(range(10), 3))
print(range.__contains__(range(5), 3), range.__bool__(range(0)), type(None).__bool__(None), type(None).__repr__(None))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__lt__(1, 2), object.__str__(1))
print(slice.__eq__(slice(1), slice(1)), slice.__repr__(slice(1, 2)))
print(list(iter(list.__iter__([4, 5]))), next(tuple.__iter__((8,))))

print(repr(int.__add__), repr(object.__init__), repr(list.__len__), repr(dict.__setitem__), repr(type(f).__call__))
print(repr(list.__getitem__), repr(dict.__getitem__), repr(dict.__contains__), repr(list.append))
print(type(int.__add__).__name__, type((1).__add__).__name__, type(list.append).__name__)
m = (5).__add__
print(m(1), callable(m), repr(m).startswith('<method-wrapper \'__add__\' of int object at 0x'))
for call in [lambda: int.__add__('a', 1), lambda: int.__add__(), lambda: (1).__add__(1, 2), lambda: int.__add__.__get__('x')]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# Methods a version does not have are not in its type's dict at all.
print(hasattr(1, 'bit_count'), hasattr(1, 'is_integer'), hasattr('', 'removeprefix'), 'is_integer' in dir(int), 'bit_count' in dir(bool))
for call in [lambda: (7).is_integer(), lambda: True.bit_count(), lambda: 'ab'.removeprefix('a')]:
    try:
        print(call())
    except AttributeError as e:
        print('AttributeError:', e)

# The names a descriptor and its bound form carry.
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, list.append.__qualname__)
m = (1).__add__
print(m.__name__, m.__self__, m.__qualname__, [7].append.__self__, dict.fromkeys.__self__, dict.fromkeys.__name__)
