# ExceptionGroup is a heap type (PyErr_NewException at start-up): its attributes can be set, its
# __module__ is its dict's str; a class's layout follows its builtin base's dict and weakref offsets
# (module, set, type have them: no __dict__/__weakref__ added, getsizeof as CPython's).
import sys
if sys.version_info < (3, 11):
    ExceptionGroup = BaseExceptionGroup = Exception
print(type(ExceptionGroup.__dict__['__module__']), ExceptionGroup.__module__, sys.getrefcount(ExceptionGroup.__dict__['__module__']))
try:
    ExceptionGroup.foo = 1
    print("set", ExceptionGroup.foo, 'foo' in ExceptionGroup.__dict__)
    del ExceptionGroup.foo
    print('foo' in ExceptionGroup.__dict__)
except TypeError as e:
    print("TypeError", e)
print(ExceptionGroup.__flags__ & (1 << 9), BaseExceptionGroup.__flags__ & (1 << 9))
print(sys.getrefcount(ExceptionGroup))
class MM(type(sys)):
    pass
m = MM('x')
print(sys.getsizeof(m), list(MM.__dict__))
class S(set): pass
print(sys.getsizeof(S()), list(S.__dict__))
class G(ExceptionGroup): pass
g = G('m', [ValueError()])
print(sys.getsizeof(g), sys.getsizeof(ExceptionGroup('m', [ValueError()])), list(G.__dict__))
print(ExceptionGroup.__weakrefoffset__, ExceptionGroup.__basicsize__)
print(ExceptionGroup.__qualname__, repr(ExceptionGroup), ExceptionGroup.__doc__)
print(list(ExceptionGroup.__dict__))
b = sys.getallocatedblocks()
ExceptionGroup.bar = 'x'
ExceptionGroup.bar = 'y'
print(sys.getallocatedblocks() - b)
del ExceptionGroup.bar
class M2(type(sys)):
    __slots__ = ()
class Meta(type): pass
print(list(Meta.__dict__), list(M2.__dict__))
print(sys.getsizeof(M2('y')))
