# sys.exc_info() (and sys.exception() from 3.11) name the exception being handled, in
# nested handlers too, and nothing outside a handler.
import sys

print(sys.exc_info())


def show(where):
    t, v, tb = sys.exc_info()
    print(where, t.__name__ if t else t, repr(v), tb.tb_lineno if tb else tb)
    if sys.version_info >= (3, 11):
        print(' exception():', repr(sys.exception()))


try:
    raise KeyError('outer')
except KeyError:
    show('outer')
    try:
        {}['inner']
    except KeyError:
        show('inner')
    show('outer again')
show('after')


def handler_refs():
    try:
        raise ValueError('v')
    except ValueError as e:
        info = sys.exc_info()
        print(info[1] is e, sys.getrefcount(e))
        del info
        print(sys.getrefcount(e))


handler_refs()
