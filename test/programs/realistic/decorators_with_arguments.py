# Decorators that take arguments: retry counts, call logging with a shared list, validation of argument types, stacking order.
calls = []


def logged(prefix):
    def decorate(func):
        def wrapper(*args, **kwargs):
            calls.append(f"{prefix}{func.__name__}{args}{sorted(kwargs.items())}")
            return func(*args, **kwargs)
        wrapper.__name__ = func.__name__
        wrapper.__wrapped__ = func
        return wrapper
    return decorate


def typed(*types):
    def decorate(func):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{func.__name__}: argument {i} must be {t.__name__}, not {type(a).__name__}")
            return func(*args)
        wrapper.__name__ = func.__name__
        return wrapper
    return decorate


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


@logged(">> ")
@typed(int, int)
def add(a, b):
    return a + b


@repeat(3)
@logged("")
def greet(name, punct="!"):
    return f"hi {name}{punct}"


print(add(2, 3), add.__name__, add.__wrapped__.__name__)
try:
    add(2, "3")
except TypeError as e:
    print("error:", e)
print(greet("ann"))
counter = {"n": 0}


def counted(func):
    def wrapper(*a):
        counter["n"] += 1
        return func(*a)
    return wrapper


@counted
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(10), counter, len(calls), calls[:2])
square = logged("sq ")(lambda x: x * x)
print(list(map(square, range(4))), calls[-1])
