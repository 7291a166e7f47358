# The sizes of traceback entries and of the frame objects they hold: up to 3.10 the fixed
# PyFrameObject, from 3.11 the frame object with its copy of the frame; each plus a slot per
# local and per stack item (co_stacksize), whatever block the frame object reuses.
import sys
def f(a, b):
    c = a + b
    raise KeyError(c)
def g():
    x = 1
    f(x, 2)
try:
    g()
except KeyError as e:
    tb = e.__traceback__
    print(sys.getsizeof(tb), type(tb.tb_frame).__name__, tb.tb_lineno)
    fr = []
    while tb is not None:
        fr.append((tb.tb_frame.f_code.co_name, sys.getsizeof(tb.tb_frame), tb.tb_frame.f_code.co_stacksize, tb.tb_frame.f_code.co_nlocals, tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    print(fr)
    print(sys.getrefcount(e), sys.getrefcount(e.__traceback__))
