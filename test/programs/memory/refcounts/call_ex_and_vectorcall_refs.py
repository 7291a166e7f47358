# Who holds a call's arguments and function while the body runs. 3.12+ CALL_FUNCTION_EX pushes
# a Python function's frame itself (_PyEvalFramePushAndInit_Ex) and drops its argument tuple
# and dict before the body runs; a function called from C (map, sorted's key, a bound method's
# *args call) gets a frame that takes its own reference to the function from 3.11 (_PyEval_Vector).
import sys

t = (object(), 2)
d = {"k": 1}


def g(*a, **k):
    return sys.getrefcount(t), sys.getrefcount(d)


def h(x, y):
    return sys.getrefcount(t)


def r(*a):
    return sys.getrefcount(r)


def q(x):
    return sys.getrefcount(q)


class K:
    def m(self, *a):
        return sys.getrefcount(t), sys.getrefcount(K.__dict__["m"])


print(g(*t), g(*t, **d), h(*t), h(*t, **{}), K().m(*t))
print(r(*t), r(1, 2), list(map(q, [1])), sorted([2, 1], key=q), K().m(), K().m(*t))
print([q(i) for i in range(1)], (lambda: q(1))(), q(*[1]), q(**{"x": 1}))
before = sys.getrefcount(q), sys.getrefcount(t)
for i in range(3):
    list(map(q, range(4)))
    h(*t)
print(before == (sys.getrefcount(q), sys.getrefcount(t)))
