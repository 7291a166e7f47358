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


def run(site, plan):
    out = []
    for g, k in plan:
        for _ in range(k):
            a = (p,)
            ida = id(a)
            del a
            site(g, p)
            out.append(("n" if P.got == ida else "T") if g is str else ".")
    return "".join(out)


def site0(g, x):
    g(x)


print('int once, then str', run(site0, [(int, 1), (str, 10)]))


def site1(g, x):
    g(x)


print('int 3 times, then str', run(site1, [(int, 3), (str, 10)]))


def site2(g, x):
    g(x)


print('int 9 times, then str', run(site2, [(int, 9), (str, 40)]))


def site3(g, x):
    g(x)


print('int 20 times, then str', run(site3, [(int, 20), (str, 40)]))


def site4(g, x):
    g(x)


print('a class 5 times, then str', run(site4, [(C, 5), (str, 20)]))


def site5(g, x):
    g(x)


print('a function with *args 5 times, then str', run(site5, [(f3, 5), (str, 20)]))


def site6(g, x):
    g(x)


print('a plain function 5 times, then str', run(site6, [(f1, 5), (str, 60)]))


def site7(g, x):
    g(x)


print('str, repr 60 times, str', run(site7, [(str, 3), (repr, 60), (str, 5)]))


def site8(g, x):
    g(x)


print('str, int 60 times, str', run(site8, [(str, 3), (int, 60), (str, 5)]))


def site9(g, x):
    g(x)


print('str twice and repr, 30 times', run(site9, [(str, 2), (repr, 1)] * 30 + [(str, 3)]))


def site10(g, x):
    g(x)


print('type(x) 3 times, then str', run(site10, [(type, 3), (str, 60), (type, 1), (str, 3)]))


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
