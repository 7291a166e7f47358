# Function annotations beyond annotations_evaluated.py: decorators run before them, an
# annotation that raises leaves the name unbound, they are evaluated in the enclosing
# scope (a free variable of the outer function only), constants and one-sided ones.
def p(x):
    print('eval', x)
    return x


def g(x, y: int, *, z: 'str', w) -> None:
    return x


print(g.__annotations__)
print(g.__annotations__ is g.__annotations__)


def plain(a, b=1):
    pass


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
print((lambda x: x).__annotations__)


def only_return() -> 1 + 2:
    pass


print(only_return.__annotations__)


def starred(*a: tuple, **k: dict):
    pass


print(starred.__annotations__)


# Decorators are evaluated before the defaults and the annotations.
def deco(fn):
    print('decorating', fn.__name__, fn.__annotations__)
    return fn


def named(tag):
    print('decorator', tag)
    return deco


@deco
@named(p('deco arg'))
def decorated(v: p('ann') = p('default')) -> p('r'):
    pass


# An annotation that raises stops the def: the name is not bound.
try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print('NameError', e)
print('broken' in globals())


# Annotations are evaluated in the enclosing scope: a nested def sees the outer locals,
# and the annotation name becomes a free variable only of the enclosing function.
def outer():
    T = list

    def inner(x: T) -> T:
        return x

    return inner


inner = outer()
print(inner.__annotations__, inner.__code__.co_freevars)


class K:
    Alias = int

    def method(self, n: Alias) -> 'K':
        return self


print(K.method.__annotations__)
print(K().method.__annotations__)
