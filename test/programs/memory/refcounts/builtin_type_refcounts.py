# The counts of static types: start-up's references (3.8-3.11) or immortal (3.12+), and what a
# script's classes add through tp_base, tp_bases and tp_mro; instances of static types and
# classes made by the static metatype hold no reference to their type.
import sys

rc = sys.getrefcount
print('builtins', rc(int), rc(object), rc(type), rc(str), rc(list), rc(dict), rc(tuple), rc(float), rc(bool))
print('more', rc(bytes), rc(bytearray), rc(set), rc(frozenset), rc(range), rc(slice), rc(complex), rc(memoryview))
print('descriptors', rc(property), rc(classmethod), rc(staticmethod), rc(super), rc(enumerate), rc(zip), rc(map), rc(filter))
print('exceptions', rc(BaseException), rc(Exception), rc(ValueError), rc(KeyError), rc(OSError), rc(TypeError), rc(Warning))
print('internal', rc(type(len)), rc(type(iter([]))), rc(type(None)), rc(type(sys)), rc(type({}.keys())), rc(type(rc)))
print('internal2', rc(type(iter(()))), rc(type(iter(range(3)))), rc(type(Ellipsis)), rc(type(NotImplemented)))

watched = int, object, type, tuple, Exception, BaseException, dict, ValueError
before = [rc(watched[i]) for i in range(len(watched))]


def show(tag):
    print(tag, [rc(watched[i]) - before[i] for i in range(len(watched))])


class C(int):
    pass


show('class C(int)')


class D(C):
    pass


show('class D(C)')


class E(ValueError):
    pass


show('class E(ValueError)')
M = type('M', (dict,), {})
show('type(name, bases, dict)')
items = [1, 2.5, (3,), {4: 5}, 'six', C(7), E(), M()]
show('instances')
t = int
u = [int, int, tuple]
show('references')
del t, u, items
show('dropped')
try:
    raise E('x')
except ValueError as e:
    show('handling')
show('handled')
del D, M
import gc
gc.collect()
show('classes freed')
# A static type's __mro__ and __bases__ are the tuples type_ready made: held already, the same each time.
mro, bases = int.__mro__, bool.__bases__
show('static tuples held')
print(int.__mro__ is int.__mro__, bool.__bases__ is bool.__bases__, rc(KeyError.__mro__), rc(bool.__bases__))
del mro, bases
show('static tuples dropped')
