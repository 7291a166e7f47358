# The attributes people read on exceptions: args, str/repr, __class__, __name__, with_traceback, notes.
try:
    int("abc")
except ValueError as e:
    print(e.args)
    print(e.__class__.__name__, type(e).__name__)
    print(str(e))

try:
    [1, 2][5]
except IndexError as e:
    print(repr(e), e.args[0])

try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e), str(e), e.args)

try:
    None.foo
except AttributeError as e:
    print(e)

try:
    undefined_name
except NameError as e:
    print(e)

try:
    1 + "x"
except TypeError as e:
    print(e)

try:
    "x" * "y"
except TypeError as e:
    print(e)

e = Exception("msg")
e.args = ("changed", 2)
print(e, e.args)
ex = ValueError()
print(repr(ex), str(ex) == "", ex.args)
print(isinstance(ex, ArithmeticError), isinstance(ZeroDivisionError(), ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(NotImplementedError, RuntimeError), issubclass(FileNotFoundError, OSError))
