# Captures are ordinary assignments: class attributes in a class body, globals and
# nonlocals when declared so; and match inside generators, loops (break/continue) and try.
class K:
    match [1, 2]:
        case [a, b]:
            total = a + b
print(K.a, K.b, K.total)
g = 0
def setg(v):
    global g
    match v:
        case [g]:
            pass
setg([9]); print(g)
def outer():
    n = 0
    def inner(v):
        nonlocal n
        match v:
            case {"n": n}:
                pass
    inner({"n": 5})
    return n
print(outer())
print([x for v in ([1], [2, 3], [4]) if (lambda v: True)(v) for x in v])
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s
print(list(gen([("a", 1), "b", ("c", 2)])))
def loop(items):
    out = []
    for it in items:
        match it:
            case 0:
                continue
            case -1:
                break
            case n:
                out.append(n)
    return out
print(loop([1, 0, 2, -1, 3]))
def tryit(v):
    try:
        match v:
            case [x]:
                return 1 / x
    except ZeroDivisionError as e:
        return str(e)
    finally:
        print("finally")
print(tryit([0]), tryit([2]), tryit(5))
