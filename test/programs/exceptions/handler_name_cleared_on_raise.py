# An `except ... as name` clause deletes the name however its body ends: normally, by
# return or break, and when an exception leaves it; the exception (and the frames its
# traceback holds) is freed then, unless something else keeps it.
import sys

def leaves_by_raise():
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            raise KeyError("second")
    except KeyError:
        pass
    return "e" in locals()

def kept_elsewhere():
    kept = None
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            kept = e
            raise KeyError("second")
    except KeyError as k:
        print(type(k.__context__).__name__, k.__context__ is kept)
    return sys.getrefcount(kept)

def leaves_by_return():
    try:
        raise ValueError("v")
    except ValueError as e:
        return "returned"

def nested_names():
    try:
        try:
            raise ValueError("a")
        except ValueError as outer:
            try:
                raise TypeError("b")
            except TypeError as inner:
                raise KeyError("c")
    except KeyError:
        pass
    return sorted(n for n in ("outer", "inner") if n in locals())

def in_a_loop():
    seen = []
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            except ValueError as err:
                if i == 1:
                    break
                raise KeyError(i)
        except KeyError:
            seen.append(i)
    return seen, "err" in locals()

def closure_over_name():
    try:
        try:
            raise ValueError("captured")
        except ValueError as e:
            get = lambda: e
            raise KeyError
    except KeyError:
        pass
    try:
        return get()
    except NameError as problem:
        return type(problem).__name__

def gen():
    try:
        yield 1
    except ValueError as e:
        yield "caught"
        raise KeyError

print(leaves_by_raise(), kept_elsewhere(), leaves_by_return(), nested_names(), in_a_loop())
print(closure_over_name())
g = gen()
next(g)
print(g.throw(ValueError("in")))
try:
    g.throw(TypeError("again"))
except TypeError:
    print("left the generator")

before = sys.getallocatedblocks()
for _ in range(50):
    leaves_by_raise()
print(sys.getallocatedblocks() - before)

try:
    try:
        1 / 0
    except ZeroDivisionError as module_level:
        [][0]
except IndexError:
    pass
print("module_level" in globals())

class Body:
    try:
        try:
            raise ValueError
        except ValueError as in_class:
            raise KeyError
    except KeyError:
        pass
print(hasattr(Body, "in_class"))
