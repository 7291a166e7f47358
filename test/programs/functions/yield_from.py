# yield from: delegation of values, send and throw, and the subgenerator's return value
def inner():
    x = yield "a"
    print("inner got", x)
    try:
        yield "b"
    except IndexError:
        print("inner caught IndexError")
        yield "c"
    return "inner done"


def outer():
    result = yield from inner()
    print("result:", result)
    yield from range(2)
    return "outer done"


g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(IndexError))
print(list(g))


def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it


print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))
