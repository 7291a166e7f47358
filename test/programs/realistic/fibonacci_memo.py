# Fibonacci three ways: memo dict, iterative, and a generator; big integers.
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b

print([fib(i) for i in range(15)])
print(fib(300))
print(fib_iter(300) == fib(300))
print(list(fib_gen(1000)))
print(len(str(fib_iter(1000))), fib_iter(90) % 1000000007)
