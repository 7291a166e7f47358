# A call site (3.11+: its PRECALL or CALL's inline cache) that failed to specialize tries
# again after 2**backoff - 1 executions, the failing one the first: DISPATCH_SAME_OPARG
# runs the instruction again and its generic form counts (adaptive_counter_backoff,
# Python/specialize.c). A site that specialized for another callable misses on str() and
# counts its misses down first. The str calls show when the site runs CALL_NO_KW_STR_1
# (3.11/3.12: no arguments tuple, "n") or the generic call, which packs one ("T");
# other callables print ".". BINARY_OP backs off alike: `a += b` on strs grows the
# local in place only once specialized (BINARY_OP_INPLACE_ADD_UNICODE), "s" when its id stays.


class P:
    def __str__(self):
        inner = (self,)
        P.got = id(inner)
        return "p"

    def __int__(self):
        return 1


P.got = 0
p = P()


def f3(a, b=1, *c):
    return a


def f1(a):
    return a


class C:
    def __init__(self, x):
        pass



def site0(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(int, 1), (str, 10)]:
    for _ in range(k):
        r = site0(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('int once, then str', "".join(out))


def site1(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(int, 3), (str, 10)]:
    for _ in range(k):
        r = site1(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('int 3 times, then str', "".join(out))


def site2(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(int, 9), (str, 40)]:
    for _ in range(k):
        r = site2(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('int 9 times, then str', "".join(out))


def site3(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(int, 20), (str, 40)]:
    for _ in range(k):
        r = site3(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('int 20 times, then str', "".join(out))


def site4(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(C, 5), (str, 20)]:
    for _ in range(k):
        r = site4(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('a class 5 times, then str', "".join(out))


def site5(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(f3, 5), (str, 20)]:
    for _ in range(k):
        r = site5(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('a function with *args 5 times, then str', "".join(out))


def site6(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(f1, 5), (str, 60)]:
    for _ in range(k):
        r = site6(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('a plain function 5 times, then str', "".join(out))


def site7(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(str, 3), (repr, 60), (str, 5)]:
    for _ in range(k):
        r = site7(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('str, repr 60 times, str', "".join(out))


def site8(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(str, 3), (int, 60), (str, 5)]:
    for _ in range(k):
        r = site8(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('str, int 60 times, str', "".join(out))


def site9(g, x):
    a = (x,)
    ida = id(a)
    del a
    g(x)
    return P.got == ida


out = []
for g, k in [(str, 2), (repr, 1)] * 30 + [(str, 3)]:
    for _ in range(k):
        r = site9(g, p)
        out.append(("n" if r else "T") if g is str else ".")
print('str twice and repr, 30 times', "".join(out))


def grow(a, b, n):
    out = []
    for i in range(n):
        before = id(a)
        a += b
        out.append("s" if id(a) == before else "m")
    return "".join(out)


def grow_after_tuples(a, b, n):
    out = []
    for i in range(n):
        before = id(a)
        a += b
        out.append("s" if id(a) == before else "m")
    return "".join(out)


print("lists, then strs:", grow([1], [2], 3), grow("x" * 20, "y", 20))
print("tuples, then strs:", grow_after_tuples((1,), (2,), 9), grow_after_tuples("x" * 20, "y", 20))
