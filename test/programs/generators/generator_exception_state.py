# A generator has its own handled exception (gi_exc_state): one it yields inside an except
# block stays with it, not with its caller (sys.exc_info(), the __context__ of what the caller
# raises, a bare raise), and comes back when it resumes; one handling nothing sees its
# caller's. An exception thrown in chains only to the generator's own (3.9+), not its caller's.
import sys
def d(label, b):
    print(label, sys.getallocatedblocks() - b)
def parse(items):
    for s in items:
        try:
            yield int(s)
        except ValueError:
            yield None
for v in parse(["1", "x", "3"]):
    try:
        {}["k%s" % v]
    except KeyError as e:
        print(v, repr(e.__context__), sys.exc_info()[0].__name__)
print(sys.exc_info())
def peek():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]
p = peek()
try:
    raise IndexError
except IndexError:
    print(next(p))
print(next(p))
def reraiser():
    try:
        yield
    finally:
        pass
    raise
r = reraiser(); next(r)
try:
    raise TypeError("outer")
except TypeError:
    try:
        next(r)
    except TypeError as e:
        print("re-raised outer", e)
    except RuntimeError as e:
        print("RE", e)
def holds():
    try:
        raise ValueError("v" * 100)
    except ValueError:
        yield 1
        yield sys.exc_info()[1]
b = sys.getallocatedblocks()
h = holds(); next(h)
d("holding", b)
try:
    raise KeyError("kk")
except KeyError:
    v = next(h)
    print(repr(v), sys.exc_info()[0].__name__)
del v
del h
d("freed", b)
def ctxgen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield
        raise KeyError("from gen")
c = ctxgen(); next(c)
try:
    raise TypeError("caller")
except TypeError:
    try:
        next(c)
    except KeyError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
def thrower():
    try:
        raise ValueError("held")
    except ValueError:
        try:
            yield
        except IndexError as e:
            print("ctx of thrown", repr(e.__context__))
            yield "ok"
t = thrower(); next(t)
print(t.throw(IndexError("thrown")))
def plain():
    yield
t2 = plain(); next(t2)
try:
    raise KeyError("caller k")
except KeyError:
    try:
        t2.throw(IndexError("x"))
    except IndexError as e:
        print("plain ctx", repr(e.__context__))
