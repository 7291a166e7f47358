# BaseException's getsets (args, __traceback__, __context__, __cause__, __dict__) are the same
# getset_descriptor type as every builtin's (Objects/descrobject.c PyGetSetDescr_Type).
name_descr = type.__dict__['__name__']
for n in ('args', '__traceback__', '__context__', '__cause__', '__dict__'):
    d = BaseException.__dict__[n]
    print(n, type(d) is type(name_descr), type(d).__name__, repr(d))
print(type(OSError.__dict__['characters_written']) is type(name_descr))
print(type(BaseException.__dict__['args']).__set__ is type(name_descr).__set__)
e = ValueError(1)
e.args = (2, 3)
print(e.args, BaseException.__dict__['args'].__get__(e, ValueError))
try:
    del e.args
except TypeError as x:
    print(type(x).__name__, x)
