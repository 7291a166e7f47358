# An exception-handling tour: custom hierarchies, chaining with from and the implicit
# __context__, finally ordering, exception attributes, else clauses, re-raising,
# suppression via a context manager, and an uncaught error ending the script.
class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message, code)
        self.message = message
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.message}"


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    pass


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(f"no {key!r}", code=44) from e


for key in ["name", "port"]:
    try:
        print(load({"name": "svc"}, key))
    except ConfigError as e:
        print(type(e).__name__, e, e.args, e.code, repr(e.__cause__), e.__suppress_context__, isinstance(e, KeyError))
print(MissingKey.__mro__)
print(repr(AppError("m")), str(AppError("m", 3)), AppError("m").args, repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))

order = []


def f():
    try:
        order.append("try")
        return "from try"
    finally:
        order.append("finally")


print(f(), order)


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            order.append(f"fin{i}")
    return "loop done"


print(g(), order)


def h():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            {}["x"]
        except KeyError as inner:
            return inner


err = h()
print(repr(err), repr(err.__context__), err.__cause__, err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

for value in ["12", "x", None]:
    try:
        n = int(value)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("parsed", n)
    finally:
        print("checked", repr(value))


class suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.caught = exc
        return exc_type is not None and issubclass(exc_type, self.types)


with suppress(ZeroDivisionError, IndexError) as s:
    [][1]
print("suppressed:", repr(s.caught))
try:
    with suppress(IndexError):
        raise KeyError("not suppressed")
except KeyError as e:
    print("escaped:", repr(e))


def reraise():
    try:
        raise AppError("inner", 7)
    except AppError:
        raise


try:
    reraise()
except AppError as e:
    print("reraised", e, e.__traceback__ is not None, e.__traceback__.tb_next is not None)
e = Exception("a", 1)
e.extra = "attr"
print(e.args, e.extra, len(e.args), BaseException().args, Exception(None).args, repr(Exception()), str(Exception("only")))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    x = undefined_name
except NameError as e:
    print("NameError:", e, e.name if hasattr(e, "name") else "")
try:
    "abc".missing
except AttributeError as e:
    print("AttributeError:", e)


def deep(n):
    if n == 0:
        raise ConfigError("bottom reached", code=3)
    return deep(n - 1)


try:
    deep(3)
except ConfigError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("traceback depth", depth)
print("about to fail")
load({}, "missing")
