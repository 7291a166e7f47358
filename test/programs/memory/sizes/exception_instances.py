# sys.getsizeof of exception instances: with and without args, subclasses with and without __dict__ attributes.
import sys
class MyError(Exception):
    pass
class WithInit(ValueError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
class Slotted(Exception):
    __slots__ = ("x",)
cases = [
    Exception(), Exception("msg"), Exception(1, 2, 3), ValueError("v"), KeyError("k"),
    StopIteration(5), OSError(), FileNotFoundError("gone"), SyntaxError("bad"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid"), ImportError("x"),
    MyError(), WithInit(404), Slotted(), SystemExit(3), KeyboardInterrupt(), BaseException(),
    AttributeError("a"), NameError("n"), ZeroDivisionError(),
]
for e in cases:
    print(f"{type(e).__name__:20} {len(e.args)} {sys.getsizeof(e)}")
w = WithInit(500)
print("attrs in __dict__:", sorted(w.__dict__), sys.getsizeof(w.__dict__) > 0)
try:
    1 / 0
except ZeroDivisionError as caught:
    print("caught:", sys.getsizeof(caught), caught.__traceback__ is not None)
print(sys.getsizeof(MyError) == sys.getsizeof(WithInit), sys.getsizeof(Exception) > sys.getsizeof(MyError))
class Sub(StopIteration):
    pass
class TwoSlots(KeyError):
    __slots__ = ("a", "b")
class Deep(TwoSlots):
    pass
for e in (Sub(1), TwoSlots(), Deep(), ImportError("m", "extra"), UnicodeEncodeError("ascii", "é", 0, 1, "no")):
    print(f"{type(e).__name__:20} {sys.getsizeof(e)}")
