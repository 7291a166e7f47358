# Exception chaining: __context__ set implicitly, __cause__ by raise from, suppression by from None.
def a():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad value") from e

try:
    a()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)

def b():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")

try:
    b()
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

def c():
    try:
        [][0]
    except IndexError:
        raise TypeError("clean") from None

try:
    c()
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        raise KeyError("x")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", repr(e), e.__context__)

def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as t:
            return t

t = nested()
print(repr(t), repr(t.__context__))
