# An exception that goes clears, in BaseException_clear's order (Objects/exceptions.c), its
# dict, args, traceback (and the frames only it holds), cause, then context.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class E(Exception):
    pass


def f():
    loc = D("a local of the traceback's frame")
    raise E(D("args"))


def make():
    try:
        f()
    except E as e:
        return e


err = make()
err.attr = D("dict")
err.__cause__ = Exception(D("cause's args"))
err.__context__ = Exception(D("context's args"))
del err
print("done")
