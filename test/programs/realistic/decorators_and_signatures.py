# Decorators written by hand (with arguments, stacking, copying metadata), memoization in
# a closure, function attributes, positional-only and keyword-only parameters, defaults,
# and the TypeErrors calls raise when arguments do not fit.
def copy_meta(wrapper, wrapped):
    for attr in ("__name__", "__qualname__", "__doc__"):
        setattr(wrapper, attr, getattr(wrapped, attr))
    wrapper.__wrapped__ = wrapped
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        else:
            wrapper.hits += 1
        return cache[args]

    wrapper.hits = 0
    wrapper.cache = cache
    return copy_meta(wrapper, fn)


def repeat(times):
    def deco(fn):
        def wrapper(*a, **kw):
            return [fn(*a, **kw) for _ in range(times)]
        return copy_meta(wrapper, fn)
    return deco


def trace(fn):
    depth = 0

    def wrapper(*args):
        nonlocal depth
        print("  " * depth + f"-> {fn.__name__}{args}")
        depth += 1
        try:
            return fn(*args)
        finally:
            depth -= 1
    return copy_meta(wrapper, fn)


@memoize
def fib(n):
    """Fibonacci numbers, memoized."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.hits, len(fib.cache), fib.__name__, fib.__doc__, fib.__wrapped__.__name__, fib.__qualname__)


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18))


@repeat(3)
@memoize
def greet(name):
    return f"hi {name}"


print(greet("ann"), greet.__wrapped__.hits, greet.__name__)


def connect(host, port=80, /, *, timeout=5.0, retries=0, **opts):
    return f"{host}:{port} t={timeout} r={retries} {sorted(opts.items())}"


print(connect("h"), connect("h", 8080, timeout=1, verbose=True), connect("h", retries=2, host="kw-goes-to-opts"))
for bad in [lambda: connect(), lambda: connect("h", 1, 2), lambda: connect(host="h")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 3, "d": 0}))
for bad in [lambda: f(1), lambda: f(c=1), lambda: f(1, a=2, c=3)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:4], f.__name__)


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to(3, []), append_to.__defaults__)
f.label = "annotated"
print(f.label, sorted(k for k in vars(f)), callable(f), type(f).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)


class Greeter:
    @staticmethod
    def shout(s):
        return s.upper() + "!"

    @classmethod
    def create(cls):
        return cls()

    def hello(self, name):
        return f"hello {name}"


g = Greeter.create()
m = g.hello
print(m("x"), m.__self__ is g, m.__func__ is Greeter.hello, Greeter.shout("hey"), g.shout("yo"), type(m).__name__, m == g.hello, m is g.hello)
try:
    Greeter.hello("x")
except TypeError as e:
    print("TypeError:", e)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda kv: (-kv[1], kv[0])), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
