# Instances with __call__: counters, memoizers and composed functions, plus callable() on classes and instances
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return len(args)
c = Counter()
print(c(), c(1, 2), c("x"), c.calls, callable(c), callable(Counter), callable(3))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), len(fib.cache), type(fib).__name__)

class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
    def __or__(self, other):
        return Compose(other, *self.fns)
pipeline = Compose(str, abs) | len
print(pipeline(-12345), Compose()(7))
