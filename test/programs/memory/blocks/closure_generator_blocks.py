# Blocks held by closures, cells, generators, bound methods and lambdas kept in a list.
import sys

blocks = sys.getallocatedblocks

def make_adder(n):
    def add(x):
        return x + n
    return add

def make_pair(n):
    count = [0]
    def inc():
        count[0] += n
        return count[0]
    def get():
        return count[0]
    return inc, get

def gen(n):
    for i in range(n):
        yield i

class C:
    def m(self):
        return self

def measure(label, fn, n=20):
    before = blocks()
    kept = [fn(i) for i in range(n)]
    print(f"{label:<22}{(blocks() - before)}")
    del kept
    print(f"{'  after del':<22}{blocks() - before}")

measure("closures", make_adder)
measure("closure pairs", make_pair)
measure("lambdas", lambda i: (lambda: i))
measure("generators", gen)
measure("started generators", lambda i: [g := gen(3), next(g)][0])
measure("bound methods", lambda i: C().m)
measure("instances", lambda i: C())
measure("cells via nonlocal", lambda i: make_pair(i)[0])

adders = [make_adder(i) for i in range(5)]
print([a(10) for a in adders], adders[0].__closure__[0].cell_contents)
inc, get = make_pair(3)
print(inc(), inc(), get(), inc.__closure__[0] is get.__closure__[0])
