# recursion: deep but allowed recursion, and RecursionError at CPython's limit
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
