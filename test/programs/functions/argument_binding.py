# argument binding: positional-only, keyword-only, defaults, *args, **kwargs and CPython's TypeError texts
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=9))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, y=0))


def g(x, y=2):
    return x + y


def h(*, k):
    return k


def p(a, /):
    return a


calls = [
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=2),
    lambda: g(1, z=2),
    lambda: h(1),
    lambda: h(),
    lambda: p(a=1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)


def two(a, b):
    return a * b


print(two(*[3, 4]), two(**{"a": 2, "b": 5}), two(1, *(7,)))
