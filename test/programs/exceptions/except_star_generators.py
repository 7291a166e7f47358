# except* in a generator (yields inside the clauses), under finally, and with a subclass
# of ExceptionGroup whose derive keeps its own fields through split and subgroup.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


def gen():
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)], code=7)
    except* ValueError as eg:
        yield type(eg).__name__, eg.code, repr(eg)
        yield "second"
    except* TypeError as eg:
        yield type(eg).__name__, eg.code
    finally:
        yield "finally"


print(list(gen()))


def f():
    try:
        try:
            raise ExceptionGroup("x", [KeyError("k")])
        except* KeyError:
            pass
        finally:
            print("inner finally")
        return "done"
    finally:
        print("outer finally")


print(f())
print(ExceptionGroup[int], BaseExceptionGroup[ValueError].__origin__)
m, r = MyGroup("m", [ValueError(1), OSError(2)], code=3).split(OSError)
print(type(m).__name__, m.code, type(r).__name__, r.code)
print(MyGroup("m", [ValueError(1)]).subgroup(lambda e: False))
