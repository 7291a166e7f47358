# An exception's __dict__ is made by the first attribute stored on it: up to 3.10 a class's
# exceptions share its cached keys (a split dict), a builtin exception gets a combined dict.
import sys


class AppError(Exception):
    pass


class DetailedError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
        self.msg = msg


def blocks_for(make, names):
    e = make()
    before = sys.getallocatedblocks()
    for i, n in enumerate(names):
        setattr(e, n, i * 1000)
    grown = sys.getallocatedblocks() - before
    return e, grown


e, grown = blocks_for(AppError, ["x"])
print("AppError, one attribute:", grown, sys.getsizeof(e.__dict__))
e, grown = blocks_for(AppError, ["x", "y", "z"])
print("AppError, three attributes:", grown, sys.getsizeof(e.__dict__))
e, grown = blocks_for(ValueError, ["x"])
print("ValueError, one attribute:", grown, sys.getsizeof(e.__dict__))
e, grown = blocks_for(lambda: KeyError("k"), ["a", "b", "c", "d", "e", "f"])
print("KeyError, six attributes:", grown, sys.getsizeof(e.__dict__), sorted(e.__dict__))

d = DetailedError("disk full", 28)
print("DetailedError:", sys.getsizeof(d.__dict__), d.__dict__)
print("dict refcount:", sys.getrefcount(d.__dict__))

# Storing through a data descriptor puts nothing in the dict (how many blocks that takes
# varies from run to run in CPython 3.11 itself, so it is not printed).
e = AppError("plain")
e.__cause__ = None
e.__traceback__ = None
e.args = ("other",)
print("descriptor stores:", e.__dict__, e.args)

try:
    raise DetailedError("timeout", 110)
except AppError as caught:
    caught.retries = 3
    print("caught:", sorted(caught.__dict__.items()), sys.getsizeof(caught.__dict__))

del d.code
print("after del:", d.__dict__, sys.getsizeof(d.__dict__))
