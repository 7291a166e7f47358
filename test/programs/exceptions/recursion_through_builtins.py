# Where recursion through builtins stops, and what it says. Up to 3.11 C calls count with the
# frames: a builtin's call, sorted()'s call of list.sort, a comparison (not the type-specific
# compares list.sort picks for ints, strs and floats), __build_class__'s __prepare__ call; 3.8's
# METH_VARARGS builtins (max, min) take two levels. 3.11's CALLs and COMPARE_OPs skip the check
# once specialized, which a code object's first calls (before it is quickened) do not.
import gc
import sys

depth = 0


# One recursing function does one thing (picked by identity: `is` takes no level) before
# it calls itself again.
KINDS = ("sorted_ints", "sort_ints", "sorted_strs", "sorted_floats", "sorted_tuples", "sorted_mixed", "max", "in", "abs", "upper")
SORTED_INTS, SORT_INTS, SORTED_STRS, SORTED_FLOATS, SORTED_TUPLES, SORTED_MIXED, MAX, IN, ABS, UPPER = KINDS


def by(kind, n):
    global depth
    depth += 1
    if kind is SORTED_INTS:
        sorted([3, 1, 2])
    elif kind is SORT_INTS:
        [3, 1, 2].sort()
    elif kind is SORTED_STRS:
        sorted(["b", "a"])
    elif kind is SORTED_FLOATS:
        sorted([2.0, 1.0])
    elif kind is SORTED_TUPLES:
        sorted([(2, 1), (1, 2)])
    elif kind is SORTED_MIXED:
        sorted([2, 1.0])
    elif kind is MAX:
        max(3, 1, 2)
    elif kind is IN:
        5 in [3, 1, 2]
    elif kind is ABS:
        abs(n)
    else:
        "a".upper()
    return by(kind, n + 1)


def via_max_key(x):
    global depth
    depth += 1
    return max([x], key=via_max_key)


def via_sorted_key(x):
    global depth
    depth += 1
    return sorted([x], key=via_sorted_key)


def via_build_class(x):
    global depth
    depth += 1

    class C:
        via_build_class(1)


def via_str(x):
    global depth
    depth += 1

    class S:
        def __str__(self):
            return via_str(1)

    return str(S())


class GetAttr:
    def __getattr__(self, name):
        global depth
        depth += 1
        return getattr(self, name)


def via_getattr(x):
    return GetAttr().x


def run(f, limit, blocks=True, kind=None):
    global depth
    sys.setrecursionlimit(limit)
    depth = 0
    # The classes made on the way down are cyclic garbage: collected before counting.
    gc.collect()
    before = sys.getallocatedblocks()
    try:
        if kind is None:
            f(0)
        else:
            f(kind, 0)
    except RecursionError as e:
        msg = str(e)
    gc.collect()
    after = sys.getallocatedblocks()
    sys.setrecursionlimit(1000)
    print(limit, kind or f.__name__, depth, msg, after - before if blocks else "")


for kind in KINDS:
    run(by, 60, kind=kind)
for limit in (90, 91, 92):
    for f in (via_max_key, via_sorted_key, via_build_class, via_str):
        # (3.12's blocks after via_str differ by one to three in the model: not followed yet.)
        run(f, limit, blocks=f is not via_str)
# The first run calls getattr before __getattr__'s code is quickened (3.11), the second after.
run(via_getattr, 60, blocks=False)
run(via_getattr, 60)
