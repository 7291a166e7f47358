# Custom exception classes with __init__, __str__, extra attributes, and hierarchy checks.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(name, code)
        self.name = name
        self.code = code

    def __str__(self):
        return f"{self.name} not found ({self.code})"

class Quiet(AppError):
    def __init__(self, msg):
        self.msg = msg

try:
    raise NotFound("page")
except AppError as e:
    print(str(e), e.args, e.code, isinstance(e, Exception), isinstance(e, NotFound))
    print(repr(e))

try:
    raise Quiet("shh")
except Quiet as e:
    print(e.args, e.msg, repr(str(e)))

print(issubclass(NotFound, AppError), issubclass(AppError, BaseException))
print(NotFound.__mro__[1].__name__, NotFound.__bases__[0].__name__)
e = AppError("a", 2, [3])
print(e, repr(e), e.args)
print(str(AppError()), repr(AppError()), repr(AppError("one")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(ValueError("x", 1)), str(ValueError("x", 1)))
err = NotFound("file", 500)
raise err
