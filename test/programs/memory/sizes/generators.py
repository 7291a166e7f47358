# getsizeof of generator objects without locals (a frame is embedded in them from 3.11).
import sys
def gen():
    yield 1
def gen_arg(n):
    yield n
g = gen()
print(sys.getsizeof(g))
next(g)
print(sys.getsizeof(g))
print(sys.getsizeof(gen_arg(5)) >= sys.getsizeof(g))
