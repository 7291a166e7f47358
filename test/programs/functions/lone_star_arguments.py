# f(*a) passes a itself: CALL_FUNCTION_EX makes it a tuple (PySequence_Tuple) after the
# keyword arguments are evaluated; a tuple is passed as it is, with no list made.
import sys


def f(*a, **k):
    return len(a)


def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i


def kw():
    print("  kw")
    return 1


t = (1, 2, 3)
l = [1, 2, 3]
print(f(*gen(2), k=kw()))
f(*t), f(*l), f(*"ab"), f(*range(3))
b0 = sys.getallocatedblocks()
for i in range(50):
    f(*t)
    f(*l)
    f(*gen(0))
print(sys.getallocatedblocks() - b0)


def same(*a):
    return a


print(same(*t) == t, type(same(*l)).__name__, same(*{4: 5}))
for bad in (5, None):
    try:
        f(*bad, k=kw())
    except TypeError as e:
        print(e)
