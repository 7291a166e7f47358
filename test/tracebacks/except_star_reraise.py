# A group raised from a function and split by except*: the re-raised part keeps the
# original traceback; a handler's new exception joins it in ExceptionGroup('', [...]).
def inner():
    try:
        raise ExceptionGroup("inner", [KeyError("a"), ValueError("b")])
    except* KeyError as eg:
        raise RuntimeError("replaced") from eg.exceptions[0]


def outer():
    try:
        inner()
    except* ValueError:
        raise


outer()
