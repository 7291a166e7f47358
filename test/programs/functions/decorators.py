# decorators: plain, with arguments, stacked, class decorators and functools-free wrappers
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco


@trace
def add(a, b=0):
    return a + b


@repeat(3)
@trace
def hello(name):
    return "hi " + name


print(add(1, b=2))
print(hello("bob"))
print(add.__name__)


def register(cls):
    cls.registered = True
    return cls


@register
class Thing:
    pass


print(Thing.registered)


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60))
