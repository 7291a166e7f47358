# super().__init__(msg) in an Exception subclass reaches Exception.__init__, a slot wrapper
# (wrap_init): the call's packed arguments tuple is what BaseException_init keeps as args.
import sys


class Err(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a} and {b}")
        self.a = a


class OSErr(OSError):
    def __init__(self, code):
        super().__init__(code, "text")


def measure(make, show):
    b0 = sys.getallocatedblocks()
    e = make()
    b1 = sys.getallocatedblocks()
    args = e.args
    refs = sys.getrefcount(args)
    del e
    b2 = sys.getallocatedblocks()
    if show:
        # The first rounds' one-time allocations vary from run to run in CPython: not shown.
        print(b1 - b0, b2 - b0, len(args), refs, args)


for i in range(5):
    measure(lambda: Err(1, 2), i > 1)
    measure(lambda: OSErr(5), i > 1)


def direct():
    e = Err(3, 4)
    b0 = sys.getallocatedblocks()
    Exception.__init__(e, "x", "y")
    print("Exception.__init__(e, x, y)", sys.getallocatedblocks() - b0, e.args, sys.getrefcount(e.args))
    b0 = sys.getallocatedblocks()
    Exception.__init__(e)
    print("Exception.__init__(e)", sys.getallocatedblocks() - b0, e.args)
    bound = BaseException.__init__.__get__(e)
    print(type(bound).__name__, bound.__name__)
    bound("z")
    print(e.args, sys.getrefcount(e.args))


for _ in range(3):
    direct()

print(Exception.__init__ is BaseException.__init__, ValueError.__init__ is Exception.__init__)
print(Exception.__init__, BaseException.__str__, KeyError.__str__, OSError.__init__)
print(type(Exception.__init__).__name__, type(BaseException.__repr__).__name__)
print(BaseException.__init__.__objclass__ is BaseException, Exception.__init__.__objclass__ is Exception)
try:
    Exception.__init__(1)
except TypeError as exc:
    print(exc)
try:
    Exception("a").__init__(x=1)
except TypeError as exc:
    print(exc)
