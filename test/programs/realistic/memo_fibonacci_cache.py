# Memoisation three ways: a dict in a closure, a decorator with a cache attribute, and a class; call counts compared.
def memo_closure():
    cache = {}
    calls = 0

    def fib(n):
        nonlocal calls
        calls += 1
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r

    def stats():
        return calls, len(cache)
    return fib, stats


def memoize(func):
    def wrapper(*args):
        if args not in wrapper.cache:
            wrapper.cache[args] = func(*args)
        return wrapper.cache[args]
    wrapper.cache = {}
    wrapper.__name__ = func.__name__
    return wrapper


@memoize
def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


class Collatz:
    def __init__(self):
        self.lengths = {1: 1}

    def __call__(self, n):
        path = []
        while n not in self.lengths:
            path.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        base = self.lengths[n]
        for i, m in enumerate(reversed(path), 1):
            self.lengths[m] = base + i
        return self.lengths[path[0]] if path else base


fib, stats = memo_closure()
print([fib(n) for n in range(15)], fib(80), stats())
print(binomial(20, 10), binomial(30, 15), len(binomial.cache), binomial.__name__)
collatz = Collatz()
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), len(collatz.lengths))
row = [binomial(10, k) for k in range(11)]
print(row, sum(row) == 2 ** 10)
print(sorted(binomial.cache.items())[:3])
