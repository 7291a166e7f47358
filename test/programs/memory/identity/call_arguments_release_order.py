# The order a call lets its arguments go decides which block the next list takes: up to 3.10
# call_function pops the last argument first, from 3.11 CALL releases them in order; a
# METH_VARARGS builtin's tuple releases its items last first.
ids = []


def mk(o):
    ids.append(id(o))
    return o


def f(a, b):
    return 0


x = 1.5
f(mk([x]), mk([x]))
n = []
print("python function:", id(n) == ids[0], id(n) == ids[1])
ids.clear()
len(mk((x, x)))
isinstance(mk([x]), mk((list, tuple)))
ids.clear()
max(mk([1]), mk([2]))
n = []
print("builtin:", id(n) == ids[0], id(n) == ids[1])
ids.clear()
print(mk([1]), mk([2]), sep="")
n = []
print("print:", id(n) == ids[0], id(n) == ids[1])
ids.clear()
f(b=mk([1]), a=mk([2]))
n = []
print("keywords:", id(n) == ids[0], id(n) == ids[1])
ids.clear()


class K:
    def m(self, a, b):
        return 0


k = K()
k.m(mk([1]), mk([2]))
n = []
print("method:", id(n) == ids[0], id(n) == ids[1])


max(mk([1]), mk([2]), key=len)
n = []
print("builtin with a keyword:", id(n) == ids[0], id(n) == ids[1])
ids.clear()
print(mk([1]), mk([2]))
n = []
print("print:", id(n) == ids[0], id(n) == ids[1])
ids.clear()
print(mk([1]), mk([2]), end="\n")
n = []
print("print with end:", id(n) == ids[0], id(n) == ids[1])
