from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n: int) -> int:
    """Return the n-th Fibonacci number."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

memo = {}
def fib2(n):
    if n in memo:
        return memo[n]
    memo[n] = result = n if n < 2 else fib2(n - 1) + fib2(n - 2)
    return result

print([fib(i) for i in range(20)], fib2(30))
