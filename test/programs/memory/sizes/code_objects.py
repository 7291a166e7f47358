# sys.getsizeof of code objects (code_sizeof): up to 3.10 the object and a cell2arg table when
# a cell is also a parameter; from 3.11 the object and its bytecode, inline caches included.
import sys


def show(name, f):
    print(name, sys.getsizeof(f.__code__))


def empty():
    pass


def docstring_only():
    "doc"


def returns_arg(a):
    return a


def many_params(a, b=1, *args, c, d=2, **kw):
    return a + b + c + d


def posonly(a, b, /, c):
    return (a, b, c)


def arithmetic(x, y):
    z = x * y + x // 3 - y % 5
    z += 1
    return z ** 2


def calls(o, items):
    print(len(items), o.name)
    o.method(1, 2)
    o.method(key=3)
    return sorted(items, reverse=True)


def subscripts(d, k):
    d[k] = d[k + 1]
    del d[0]
    return d[1:3], d[::2]


def branches(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    else:
        return "pos"


def ternary(n):
    return n if n else None


def for_loop(items):
    total = 0
    for x in items:
        if x % 2:
            total += x
        else:
            total -= 1
    return total


def while_loop(n):
    while n > 1:
        n //= 2
    return n


def while_true(n):
    while True:
        n -= 1
        if n < 3:
            break
    return n


def nested_loops(rows):
    out = []
    for r in rows:
        for c in r:
            if c is None:
                continue
            out.append(c)
    return out


def try_except(f):
    try:
        f()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    return 1


def try_finally(f):
    try:
        return f()
    finally:
        print("done")


def with_block(cm):
    with cm as x:
        return x


def comprehensions(xs):
    a = [x * 2 for x in xs if x]
    b = {x for x in xs}
    c = {x: x for x in xs}
    d = list(x + 1 for x in xs)
    return a, b, c, d


def generator(n):
    for i in range(n):
        yield i
    yield from range(3)


def chained(a, b, c):
    if a < b < c:
        return 1
    return a < b <= c


def boolean(a, b):
    if a and not b:
        return a or b
    return a is None


def fstrings(x, y):
    return f"{x}-{y!r}-{x:>4}"


def unpacking(pair):
    a, b = pair
    first, *rest = pair
    a, b = b, a
    return a, b, first, rest


def outer(a):
    b = 1

    def inner(c):
        return a + b + c

    return inner


def cell_param(x, y):
    return lambda: x


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    return bump


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return super().hello() + "!"

    @property
    def prop(self):
        return self.__class__.__name__

    @staticmethod
    def stat(a, b):
        return a, b


g_value = 0


def uses_global():
    global g_value
    g_value += 1
    return g_value


for name, f in [
    ("empty", empty), ("docstring_only", docstring_only), ("returns_arg", returns_arg),
    ("many_params", many_params), ("posonly", posonly), ("arithmetic", arithmetic),
    ("calls", calls), ("subscripts", subscripts), ("branches", branches), ("ternary", ternary),
    ("for_loop", for_loop), ("while_loop", while_loop), ("while_true", while_true),
    ("nested_loops", nested_loops), ("try_except", try_except), ("try_finally", try_finally),
    ("with_block", with_block), ("comprehensions", comprehensions), ("generator", generator),
    ("chained", chained), ("boolean", boolean), ("fstrings", fstrings), ("unpacking", unpacking),
    ("outer", outer), ("inner", outer(1)), ("cell_param", cell_param),
    ("cell_param_lambda", cell_param(1, 2)), ("counter", counter), ("bump", counter()),
    ("hello", Child.hello), ("prop", Child.prop.fget), ("stat", Child.stat),
    ("uses_global", uses_global), ("lambda", lambda q: q.attr[0]),
    ("lambda_default", lambda a, b=2: a * b),
]:
    show(name, f)

gen = (x * x for x in range(3))
print("genexpr", sys.getsizeof(gen.gi_code))
