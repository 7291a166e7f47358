# An instance of an exception class holds a reference to its class (PyType_GenericAlloc),
# given back when the instance goes, so a collection never finds the class unreachable.
import gc
import sys


class AppError(Exception):
    pass


class Grouped(ExceptionGroup if sys.version_info >= (3, 11) else Exception):
    pass


for cls in (AppError, Grouped):
    before = sys.getrefcount(cls)
    if cls is Grouped and sys.version_info >= (3, 11):
        e = cls("many", [ValueError(1)])
    else:
        e = cls("one")
    made = sys.getrefcount(cls) - before
    del e
    print(cls.__name__, made, sys.getrefcount(cls) - before)

before = sys.getrefcount(AppError)
errors = [AppError(i) for i in range(5)]
print(sys.getrefcount(AppError) - before)
del errors
gc.collect()
try:
    raise AppError("raised")
except AppError as err:
    print(type(err).__name__, err.args, sorted(k for k in AppError.__dict__ if k in ('__module__', '__doc__')))
