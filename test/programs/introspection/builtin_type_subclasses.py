# A builtin type's __subclasses__() lists the builtin types start-up readied under it, in the
# order it readied them, and then the script's classes; a class that is gone is not listed.
# (The classes the stdlib's modules made at start-up, from site's .pth files too, are left out.)
def names(t):
    return [c.__name__ for c in type.__subclasses__(t) if c.__module__ in ('builtins', '__main__')]


for t in (int, bool, BaseException, Exception, ArithmeticError, LookupError, OSError, ConnectionError, ValueError,
          RuntimeError, ImportError, IndentationError, NameError, SyntaxError, UnicodeError, Warning):
    print(t.__name__, names(t))
print(int.__subclasses__()[0] is bool, ArithmeticError.__subclasses__()[-1] is ZeroDivisionError)


class Flag(int):
    pass


class Tab(IndentationError):
    pass


class Note(Warning):
    pass


print(names(int), names(IndentationError), names(Warning)[-2:])
del Flag
import gc
gc.collect()
print(names(int), len(type.__subclasses__(ConnectionError)))
