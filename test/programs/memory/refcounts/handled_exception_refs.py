# While a handler runs, the thread state holds the exception it handles (and up to 3.10
# its traceback too); a caught exception's traceback has one entry per frame it left.
import sys


class Boom(Exception):
    pass


def inner(n):
    raise Boom(n)


def outer():
    inner(1)


try:
    outer()
except Boom as e:
    print(sys.getrefcount(e), sys.getrefcount(e.__traceback__))
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, tb.tb_next.tb_next.tb_next is None)
    saved = e
print(sys.getrefcount(saved), sys.getrefcount(tb))
del tb
print(sys.getrefcount(saved.__traceback__))

# Raising it again puts the new frames in front of the old entries.
try:
    raise saved
except Boom as e2:
    n = 0
    t = e2.__traceback__
    while t is not None:
        n += 1
        t = t.tb_next
    print(n, e2 is saved)

# A bare raise in a handler adds no entry for the frame that raises it again.
def again():
    try:
        inner(2)
    except Boom:
        raise


try:
    again()
except Boom as e3:
    names = []
    t = e3.__traceback__
    while t is not None:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
