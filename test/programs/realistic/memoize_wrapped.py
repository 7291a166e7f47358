# Memoizing decorators written with closures, setting __wrapped__, __name__, __doc__ by hand.

def memoize(func):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            stats["hits"] += 1
            return cache[key]
        stats["misses"] += 1
        result = cache[key] = func(*args, **kwargs)
        return result

    wrapper.__wrapped__ = func
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.cache = cache
    wrapper.stats = stats
    wrapper.cache_clear = cache.clear
    return wrapper


def counted(label):
    def decorate(func):
        def inner(*args):
            inner.calls += 1
            return func(*args)
        inner.calls = 0
        inner.__wrapped__ = func
        inner.__name__ = f"{label}:{func.__name__}"
        return inner
    return decorate


@memoize
def fib(n):
    """Return the n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@counted("outer")
@memoize
def binomial(n, k):
    if k in (0, n):
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


@memoize
def greet(name, *, punctuation="!"):
    return f"Hello, {name}{punctuation}"


print(fib(80), fib.__name__, fib.__qualname__, fib.__doc__)
print(fib.stats, len(fib.cache))
print(fib.__wrapped__(10), fib.stats)
print(binomial(20, 10), binomial.calls, binomial.__name__, binomial.__wrapped__.__name__)
print(binomial.__wrapped__.stats)
print(greet("Ann"), greet("Ann", punctuation="?"), greet("Ann"), greet.stats)
print(sorted(greet.cache))
fib.cache_clear()
print(len(fib.cache), fib(5), fib.stats)


def unwrap(f):
    chain = [f.__name__]
    while hasattr(f, "__wrapped__"):
        f = f.__wrapped__
        chain.append(f.__name__)
    return chain

print(unwrap(binomial), unwrap(fib), unwrap(len))


def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1.__closure__[0].cell_contents, c2.__code__.co_freevars)
print(fib.__closure__ is not None, [type(c.cell_contents).__name__ for c in fib.__closure__])
print(fib.__code__.co_varnames, fib.__code__.co_freevars)

try:
    fib([1, 2])
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @memoize
    def describe(self, unit):
        if unit == "F":
            return f"{self.celsius * 9 / 5 + 32:.1f}F"
        return f"{self.celsius:.1f}C"

t = Temperature(21.5)
print(t.describe("F"), t.describe("C"), t.describe("F"), Temperature.describe.stats)
print(Temperature.describe.__qualname__)
