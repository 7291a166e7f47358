# __slots__ where instances have a __dict__ anyway (below a class without __slots__, or with
# '__dict__' among the names) or a weak reference list ('__weakref__'): the other names are
# still member descriptors in the instance's memory, and the class's size counts them.
import sys


class Plain:
    def __init__(self):
        self.a = 1


class SlotsBelowDict(Plain):
    __slots__ = ('q', 'r')


class SlotsWithDict:
    __slots__ = ('q', '__dict__')


class SlotsWithWeakref:
    __slots__ = ('q', '__weakref__')


class SlotsWithBoth:
    __slots__ = ('__weakref__', 'q', '__dict__')


class Below(SlotsWithDict):
    pass


class SlotsBelowSlotsWithDict(SlotsWithDict):
    __slots__ = ('s',)


class OnlySlots:
    __slots__ = ('q',)


class PlainBelowSlots(OnlySlots):
    pass


class SlotsBelowPlainBelowSlots(PlainBelowSlots):
    __slots__ = ('t',)


class Mixed(OnlySlots, Plain):
    __slots__ = ()


for cls in (Plain, SlotsBelowDict, SlotsWithDict, SlotsWithWeakref, SlotsWithBoth, Below, SlotsBelowSlotsWithDict,
            OnlySlots, PlainBelowSlots, SlotsBelowPlainBelowSlots, Mixed):
    o = cls()
    names = sorted(k for k, v in vars(cls).items() if type(v).__name__ in ('member_descriptor', 'getset_descriptor'))
    print(cls.__name__, cls.__basicsize__, sys.getsizeof(o), names, hasattr(o, '__dict__'), hasattr(o, '__weakref__'))
    before = sys.getallocatedblocks()
    keep = [cls() for _ in range(20)]
    print('  20 more:', sys.getallocatedblocks() - before)
    del keep
    o.q = 5
    print('  q:', o.q, getattr(o, '__dict__', None), sys.getsizeof(o))
    try:
        o.z = 6
        print('  z:', o.z, sorted(o.__dict__))
    except AttributeError as e:
        print('  AttributeError:', e)
    del o.q
    print('  deleted q:', hasattr(o, 'q'))
print(type(SlotsBelowDict.q).__name__, type(SlotsBelowDict.__dict__['r']).__name__)
s = SlotsBelowDict()
s.q = [1, 2]
print(sys.getrefcount(s.q), 'q' in s.__dict__, s.__dict__)

# type_new's checks of the names, in its order.
for name, make in [
    ('dict twice', lambda: type('X', (Plain,), {'__slots__': ('__dict__',)})),
    ('weakref twice', lambda: type('X', (Plain,), {'__slots__': ('__weakref__',)})),
    ('dict dup', lambda: type('X', (), {'__slots__': ('__dict__', '__dict__')})),
    ('weakref dup', lambda: type('X', (), {'__slots__': ('__weakref__', '__weakref__')})),
    ('int slots', lambda: type('X', (int,), {'__slots__': ('a',)})),
    ('int dict', lambda: type('X', (int,), {'__slots__': ('__dict__',)})),
    ('tuple empty', lambda: type('X', (tuple,), {'__slots__': ()})),
    ('exception dict', lambda: type('X', (Exception,), {'__slots__': ('__dict__',)})),
    ('exception slot', lambda: type('X', (Exception,), {'__slots__': ('a',)})),
    ('identifier first', lambda: type('X', (), {'__slots__': ('1a', 5)})),
    ('string first', lambda: type('X', (), {'__slots__': (5, '1a')})),
    ('dict before identifier', lambda: type('X', (Plain,), {'__slots__': ('__dict__', '1a')})),
]:
    try:
        X = make()
        print(name, 'made', sys.getsizeof(X()), sorted(k for k in vars(X) if k in ('__dict__', '__weakref__', 'a')))
    except TypeError as e:
        print(name, 'TypeError:', e)
