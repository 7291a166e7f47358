# getsizeof of generator objects (a frame is embedded in them from 3.11).
import sys
def gen():
    yield 1
def gen_locals(n):
    a = b = c = n
    yield a + b + c
g = gen()
print(sys.getsizeof(g))
next(g)
print(sys.getsizeof(g))
print(sys.getsizeof(x for x in range(3)))
