# What an except* statement raises: exceptions raised in its clauses join the unhandled rest in
# a new ExceptionGroup('', [...]); a bare raise re-raises the clause's part of the original.
def attempt(body):
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("  ", type(sub).__name__, repr(sub), repr(sub.__context__))


def raises_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("from handler")


def reraises():
    try:
        raise ExceptionGroup("orig", [ValueError(1), KeyError(2), ValueError(3)])
    except* ValueError:
        raise


def one_new_only():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        raise TypeError("only this")


def both_clauses_raise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("r1")
    except* KeyError:
        raise RuntimeError("r2")


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def with_cause():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError as eg:
        raise LookupError("converted") from eg


def invalid_type():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* 42:
        pass


def catch_group_type():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ExceptionGroup:
        pass


for body in [raises_new, reraises, one_new_only, both_clauses_raise, naked_reraise, with_cause, invalid_type, catch_group_type]:
    print(body.__name__)
    attempt(body)
