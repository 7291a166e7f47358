# try/except/else/finally in every combination, with the order of what runs printed.
def f(kind):
    log = []
    try:
        log.append("body")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except lookup " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for k in ["none", "value", "key"]:
    print(k, f(k))

def g():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(g())

def h():
    try:
        return 1
    finally:
        return 2

print(h())

def only_finally():
    try:
        x = 1 / 0
    finally:
        print("cleanup")

try:
    only_finally()
except ZeroDivisionError as e:
    print("outer caught:", e)

try:
    pass
except Exception:
    print("never")
else:
    print("else with no exception")

try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("propagated", e.args)
