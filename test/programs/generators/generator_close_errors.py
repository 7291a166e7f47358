# How generators end badly: PEP 479's RuntimeError (its cause, with the context suppressed),
# what close() answers (3.13: the value the generator returns while closing), which frame
# runs a finally that a dropped generator's close reaches, and the report of a close that
# fails in a finalizer ("Exception ignored in", then only the traceback and "Type: message").
import sys


def stops():
    yield 1
    raise StopIteration("inner")


try:
    list(stops())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "bye"


g = returns_on_close()
next(g)
print("close ->", g.close(), g.gi_frame)
print("again ->", g.close())


def quiet():
    yield 1


q = quiet()
print(q.close(), next(q, "done"))


def noted():
    try:
        yield 1
    finally:
        f = sys._getframe(1)
        print("finally under", f.f_code.co_name)


def returns():
    n = noted()
    next(n)
    return 1


def outer():
    return returns()


returns()
outer()


def keeps_going():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


k = keeps_going()
next(k)
try:
    k.close()
except RuntimeError as e:
    print("close:", e, e.__context__)
k = None
print("after rebinding")


def delegates():
    r = yield from keeps_going()
    yield r


d = delegates()
next(d)
del d
print("after del")


def raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError


r = raises_in_finally()
next(r)
del r
print("end")
