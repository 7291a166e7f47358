import sys

def cleanup_order():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except KeyError as e:
            log.append("caught " + repr(e))
            raise RuntimeError("wrapped") from e
        finally:
            log.append("inner finally")
    except RuntimeError as err:
        log.append(f"outer caught {err} cause={err.__cause__!r}")
    finally:
        log.append("outer finally")
    return log

def swallow():
    try:
        return 1
    finally:
        print("finally runs", file=sys.stderr)

print(cleanup_order(), swallow())
