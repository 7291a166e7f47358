# The references a code object's constants have: the co_consts tuple's (the code's own) and
# the caller's, whatever reads them; reading co_consts does not add any, nor allocate.
import sys


def member(x):
    return x in {1, 2, 3}


def scaled(x):
    return x * 2.5 + 1e300


def text():
    return "hello world!"


blocks = sys.getallocatedblocks
for fn in (member, scaled, text):
    before = blocks()
    consts = fn.__code__.co_consts
    print(fn.__name__, blocks() - before, [type(k).__name__ for k in consts])
    for k in consts:
        if isinstance(k, (frozenset, float)) or (isinstance(k, str) and " " in k):
            print("  ", repr(k) if not isinstance(k, frozenset) else sorted(k), sys.getrefcount(k))
    del consts
print(sorted(member.__code__.co_consts[-1]), member(2), member(7))
s = text()
print("returned constant", sys.getrefcount(s), s is text.__code__.co_consts[-1])
