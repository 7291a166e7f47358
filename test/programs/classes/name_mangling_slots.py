# __slots__ names are mangled with the class name when the class is made (type_new),
# and the member descriptors are created in the sorted order of the mangled names.
import sys


class Point:
    __slots__ = ('__y', '__x', 'label', '__tag__')

    def __init__(self, x, y):
        self.__x = x
        self.__y = y
        self.label = 'p'

    def coords(self):
        return self.__x, self.__y


p = Point(1, 2)
print([k for k in Point.__dict__ if not k.startswith('__') or k == '__tag__'])
print(Point.__slots__, p.coords(), p._Point__x)
print(Point._Point__x, type(Point._Point__y).__name__, Point._Point__x.__name__)
print(hasattr(p, '__x'), hasattr(p, '_Point__x'), hasattr(p, '__tag__'))
try:
    p.__tag__
except AttributeError as e:
    print(e)
try:
    p.__x
except AttributeError as e:
    print(e)


class Single:
    __slots__ = '__only'


print([k for k in vars(Single) if 'only' in k], Single.__slots__)
try:
    Single()._Single__only
except AttributeError as e:
    print(e)
try:
    Single().__dict__
except AttributeError as e:
    print(e)

# type() mangles with the name it is given.
T = type('__Made', (), {'__slots__': ['__a', 'b']})
U = type('___', (), {'__slots__': ('__a',)})
V = type('_V_', (), {'__slots__': ('__a',)})
print([k for k in vars(T) if k in ('_Made__a', 'b')], [k for k in vars(U) if 'a' in k], [k for k in vars(V) if 'a' in k])

# The conflict check sees the mangled names.
try:
    class Clash:
        __slots__ = ('__a',)
        _Clash__a = 1
except ValueError as e:
    print(e)
try:
    class ClashToo:
        __slots__ = ('__a',)
        __a = 1             # the class attribute is mangled as well
except ValueError as e:
    print(e)


class NoClash:
    __slots__ = ('__a',)
    __a__ = 1


print([k for k in vars(NoClash) if 'a' in k], NoClash._NoClash__a.__qualname__)


class Holder:
    class Nested:
        __slots__ = ('__n',)


print(Holder.Nested._Nested__n, Holder.Nested._Nested__n.__qualname__)
print(Point._Point__x.__objclass__ is Point, sys.getsizeof(Point._Point__x) > 0)
print([sys.getsizeof(k) for k in vars(Point) if k.startswith('_Point')])

# Slot names must be identifiers (checked before mangling), so no dotted name is mangled.
for slots in ('a.b', ('ok', '__x.y'), ('__fine', '1x')):
    try:
        type('Checked', (), {'__slots__': slots})
        print('made', slots)
    except TypeError as e:
        print(e)

# A class with mangled slots gives back every block it took once collected.
import gc


def make():
    class Q:
        __slots__ = ('__a', '__b', 'c')

        def __init__(self):
            self.__a = 1
    return Q


make()
gc.collect()
before = sys.getallocatedblocks()
for i in range(5):
    make()
    gc.collect()
print('blocks kept:', sys.getallocatedblocks() - before)
