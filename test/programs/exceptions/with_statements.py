# with statements: several items, exit order, exception suppression, __exit__ arguments.
class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Res("a") as a, Res("b") as b:
    print("inside", a, b)

with Res("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Res("outer"), Res("inner", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e))

with Res("x", True) as x, Res("y") as y:
    print(x, y)
    1 / 0
print("suppressed by outer")

class Bad:
    pass

try:
    with Bad():
        pass
except TypeError as e:
    print(e)

def gen_value():
    with Res("ret"):
        return 42
print(gen_value())
