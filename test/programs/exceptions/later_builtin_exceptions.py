# The builtin exceptions only later versions have (EncodingWarning 3.10+, PythonFinalizationError and
# _IncompleteInputError 3.13+): present or not, their bases, dicts, layout, sizes, and blocks to make and raise one.
import builtins
import sys
g = sys.getallocatedblocks
names = [n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]
print(len(names), sys.version_info >= (3, 10), sys.version_info >= (3, 11), sys.version_info >= (3, 13))
for n in ('EncodingWarning', 'PythonFinalizationError', '_IncompleteInputError'):
    t = getattr(builtins, n, None)
    if t is None:
        print(n, 'absent', n in names)
        continue
    print(n, t.__bases__[0].__name__, sorted(t.__dict__), t.__basicsize__, t.__flags__ & (1 << 9), t.__module__)
    b = g()
    e = t('message', ('f.py', 1, 2, 'x')) if issubclass(t, SyntaxError) else t('message')
    print(' made', g() - b, sys.getsizeof(e), str(e), repr(e))
    b = g()
    try:
        raise e
    except t as x:
        print(' raised', g() - b, x is e)
    del e
    print(' freed', g() - b)
try:
    EncodingWarning
except NameError as x:
    print('NameError', x)
