# Uncaught RecursionError: the last stderr line matches CPython.
def f(n):
    return f(n + 1) + 1
f(0)
