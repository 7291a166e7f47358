# ExceptionGroup and BaseExceptionGroup (PEP 654, 3.11+; a NameError before): the constructor's
# checks and messages, str/repr, split, subgroup, derive, and the sizes of the objects.
import sys
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(sys.getsizeof(eg), sys.getsizeof(ValueError()))
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
m, r = eg.split(TypeError)
print(repr(m), repr(r), m is eg, r is eg)
m, r = eg.split(Exception)
print(m is eg, r)
m, r = eg.split(KeyError)
print(m, r is eg, repr(r))
print(type(BaseExceptionGroup('x', [ValueError()])), type(BaseExceptionGroup('x', [KeyboardInterrupt()])))
print(repr(ExceptionGroup('x', (ValueError(),))))
print(BaseExceptionGroup.__mro__, ExceptionGroup.__mro__)
eg2 = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
print(repr(eg2.subgroup(ValueError)))
print(repr(eg2.subgroup(lambda e: isinstance(e, TypeError))))
print(eg2.subgroup(lambda e: e is eg2) is eg2)
print(repr(eg2.derive([KeyError(1)])))
for args in [(), ('x',), (1, [ValueError()]), ('x', 5), ('x', []), ('x', [1]), ('x', [KeyboardInterrupt()], 3)]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('x', [ValueError()], foo=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    eg.split(1)
except Exception as e:
    print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    pass
try:
    MyEG('x', [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)
e3 = MyEG('mine', [ValueError(1), TypeError(2)])
print(repr(e3.split(ValueError)))
print(str(ExceptionGroup('one', [ValueError()])))
eg.add_note('hello')
eg.__cause__ = KeyError('c')
m, r = eg.split(ValueError)
print(m.__notes__, m.__notes__ is eg.__notes__, m.__cause__ is eg.__cause__, r.__notes__)
print(ExceptionGroup.__name__, issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(sys.getrefcount(eg.exceptions), eg.exceptions is eg.exceptions)
