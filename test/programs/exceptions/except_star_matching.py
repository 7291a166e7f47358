# except* (PEP 654, 3.11+; invalid syntax before): each clause takes the leaves of its type,
# a naked exception is wrapped in ExceptionGroup('', [e]), and the unmatched rest goes on.
import sys


def show(label, eg):
    print(label, type(eg).__name__, repr(eg), str(eg))


try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
except* ValueError as eg:
    show("values:", eg)
except* (TypeError, KeyError) as eg:
    show("lookups and types:", eg)

try:
    raise ValueError("alone")
except* ValueError as eg:
    show("wrapped:", eg)
    print(eg.exceptions[0].args, eg.exceptions[0].__context__)

try:
    try:
        raise ExceptionGroup("outer", [OSError(1), ExceptionGroup("inner", [ValueError(2), OSError(3)])])
    except* OSError as eg:
        show("os errors:", eg)
        print([type(e).__name__ for e in eg.exceptions])
except ExceptionGroup as rest:
    show("rest:", rest)
    print(rest.exceptions[0].exceptions)

try:
    try:
        raise TypeError("no clause matches")
    except* ValueError:
        print("not reached")
except TypeError as e:
    print("plain except sees the naked exception:", repr(e))

try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as eg:
    show("interrupt:", eg)
except* ValueError as eg:
    show("value:", eg)


def handle(n):
    handled = []
    try:
        raise ExceptionGroup("work", [ValueError(i) for i in range(n)])
    except* ValueError as eg:
        handled.extend(eg.exceptions)
    return handled


print(handle(3), sys.getrefcount(handle(2)[0]))

count = 0
for attempt in range(3):
    try:
        if attempt == 1:
            raise ExceptionGroup("retry", [ConnectionError(attempt)])
        count += 1
    except* ConnectionError as eg:
        print("attempt", attempt, "failed:", eg.exceptions)
    else:
        print("attempt", attempt, "ok")
    finally:
        print("attempt", attempt, "done")
print(count)
