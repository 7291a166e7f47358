# BaseException.__reduce__/__setstate__, OSError and ImportError __reduce__ (Objects/exceptions.c),
# and the struct members (member_descriptors): StopIteration.value, SystemExit.code, __suppress_context__ (T_BOOL).
i = ImportError("m", name="n", path="p")
print(i.msg, i.name, i.path, i.__reduce__())
print(ImportError("z").__reduce__())
o = OSError(2, "no", "f")
print(o.__reduce__(), Exception(1, 2).__reduce__())
print(OSError(2, "no", "f", None, "g").__reduce__(), OSError(1, 2).__reduce__())
e = Exception(1); e.x = 5
print(e.__reduce__())
e.__setstate__({'y': 3}); print(e.y)
e.__setstate__(None)
try:
    e.__setstate__(3)
except TypeError as x:
    print(x)
s = StopIteration(1, 2); s.value = 5; print(s.value, s.args)
del s.value; print(s.value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = Exception()
e.__suppress_context__ = True; print(e.__suppress_context__)
try:
    e.__suppress_context__ = 1
except TypeError as x:
    print(x)
print(type(BaseException.__dict__['__suppress_context__']).__name__, BaseException.__dict__['__suppress_context__'])
print(OSError.__dict__['errno'], StopIteration.__dict__['value'])
print(list(BaseException.__dict__)[-3:], list(OSError.__dict__))
class C(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(C(1, 2).args, Exception.__new__ is BaseException.__new__)
import sys
if sys.version_info >= (3, 12):
    i = ImportError("m", name="n", name_from="f")
    print(i.name_from, i.__reduce__())
