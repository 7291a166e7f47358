# sys.getsizeof of code objects for more statement shapes: loops with else, assert, del,
# imports in a function, star calls, walrus, nested comprehensions with cells, classes.
import sys


def for_else(xs):
    for x in xs:
        if x > 3:
            break
    else:
        return -1
    return x


def while_else(n):
    while n:
        n -= 1
    else:
        n = 10
    return n


def asserts(x):
    assert x, "x must be true"
    assert x > 0
    return x


def deletes(d, o):
    del d["k"], o.attr
    x = 1
    del x


def imports_inside():
    import os
    from os import path as p
    return os.sep, p.join("a", "b")


def star_calls(f, args, kw):
    f(*args)
    f(1, *args, **kw)
    return f(**kw)


def walrus(xs):
    if (n := len(xs)) > 2:
        return n
    return [y for x in xs if (y := x * 2)]


def displays(a, b):
    return [a, b, *a], {a, b}, {"a": a, "b": b}, {**b}, (a, *b)


def attr_aug(o, i):
    o.count += 1
    o.items[i] += 2
    o.items[1:2] = [i]


def try_else(f):
    try:
        r = f()
    except Exception:
        r = None
    else:
        r += 1
    finally:
        f = None
    return r


def return_in_loop(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def nested_comp(m):
    return [[row[j] * k for k in range(2)] for row in m for j in range(len(row))]


def comp_with_lambda(xs):
    return [lambda: x for x in xs]


def raise_from(e):
    try:
        raise ValueError("v")
    except ValueError as v:
        raise TypeError("t") from v


def kwonly_defaults(*, a=1, b=[], c=None):
    return a, b, c


def annotations(a: int, b: "str" = "") -> list:
    x: int = 1
    return [a, b, x]


class Point:
    scale = [i * 2 for i in range(3)]

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


for f in (
    for_else, while_else, asserts, deletes, imports_inside, star_calls, walrus, displays,
    attr_aug, try_else, return_in_loop, nested_comp, comp_with_lambda, raise_from,
    kwonly_defaults, annotations, Point.__init__, Point.__repr__, Point.__eq__,
):
    print(f.__name__, sys.getsizeof(f.__code__))
