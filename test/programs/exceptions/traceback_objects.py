# Traceback and frame objects as a script sees them: their types, the lines they name,
# with_traceback and __traceback__ assignment, and their sizes.
import sys

def f():
    return 1 / 0


def g():
    return f()


try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        fr = tb.tb_frame
        entries.append((fr.f_code.co_name, tb.tb_lineno, fr.f_lineno))
        tb = tb.tb_next
    print(entries)
    inner = e.__traceback__.tb_next.tb_next
    print(sys.getsizeof(inner), sys.getsizeof(inner.tb_frame), inner.tb_frame.f_code.co_stacksize)
    print(e.__traceback__.tb_frame.f_back is None)
    print(e.__traceback__.tb_frame.f_globals is globals())
    err = e

print(err.with_traceback(None) is err, err.__traceback__)
try:
    err.__traceback__ = 5
except TypeError as x:
    print(x)
try:
    del err.__traceback__
except TypeError as x:
    print(x)

try:
    raise ValueError('first')
except ValueError as first:
    kept = first.__traceback__
try:
    raise KeyError('second').with_traceback(kept)
except KeyError as second:
    t = second.__traceback__
    print(t.tb_lineno, t.tb_next.tb_lineno, t.tb_next.tb_next)


def catch_in_function():
    try:
        raise IndexError(3)
    except IndexError as e:
        return e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_frame.f_back.f_code.co_name


print(catch_in_function())
