# Up to 3.10 a function's first call leaves its frame object cached on the code (co_zombieframe):
# one block per function that has run; later calls reuse it. From 3.11 frames allocate nothing.
import sys
g = sys.getallocatedblocks
def f0(): return 0
def f1(): return 1
def f2(): return 2
def f3(): return 3
def f4(): return 4
def f5(): return 5
def f6(): return 6
def f7(): return 7
fs = [f0, f1, f2, f3, f4, f5, f6, f7]
res = [0] * 8
for i in range(8):
    b = g()
    fs[i]()
    res[i] = g() - b
print(res)
b = g()
for i in range(8):
    fs[i]()
print(g() - b)
def rec(n):
    return rec(n - 1) if n else 0
b = g()
rec(10)
print(g() - b)
