# Up to 3.11 an Argument Clinic function's parser makes its tuple of keyword names the first
# time a call passes keywords (parser_init, Python/getargs.c) and keeps it: that first call
# leaves a block more than the next ones (and a name start-up had not interned, one more).
# A call without keywords takes the fast path and makes nothing; 3.12's tuples are static.
import sys

x = [3, 1, 2]
out = [None] * 4


def measure(label, f):
    for i in range(3):
        b0 = sys.getallocatedblocks()
        out[i] = f()
        b1 = sys.getallocatedblocks()
        out[i] = None
        print(label, i, b1 - b0)


measure("sorted", lambda: sorted(x))
measure("sorted reverse", lambda: sorted(x, reverse=True))
measure("to_bytes", lambda: (5).to_bytes(2, "big"))
measure("to_bytes signed", lambda: (5).to_bytes(2, "big", signed=True))
measure("split maxsplit", lambda: "a b c".split(" ", maxsplit=1))

# int.from_bytes's keyword tuple ("bytes", "byteorder", "signed") takes the three-item tuple freed last.
t = (x, x, x)
it = id(t)
del t
n = int.from_bytes(b"\x01", "big", signed=True)
u = (x, x, x)
print("3-tuple reused by the next triple", id(u) == it)

# 3.13's min and max parse keywords with a static _PyArg_Parser Argument Clinic did not make
# (Python/bltinmodule.c min_max), which has no tuple until its first parse makes ("key",
# "default") and keeps it (Python/getargs.c _parser_init): a block more on each one's first
# call with keywords. Both names are start-up's, which the tuple takes (the script names
# neither, so nothing else interned them); up to 3.12 min_max took its keywords as a dict.
# The 2-tuple free list drained, so the tuple is a new block.
d2 = [(i, i) for i in range(100)]


def neg(v):
    return -v


kw = {"k" + "ey"[: len(x) - 1]: neg}
measure("min key", lambda: min(x, **kw))
measure("max key", lambda: max(x, **kw))

# Up to 3.10 enumerate is Argument Clinic's tp_new (enum_new): its first call with start= makes
# ("iterable", "start") and interns "iterable"; 3.11's enum_vectorcall checks the names itself.
measure("enumerate", lambda: enumerate(x))
measure("enumerate start", lambda: enumerate(x, start=1))

# Up to 3.10 property's first call with keywords makes ("fget", "fset", "fdel", "doc") (property_init
# is Argument Clinic's); it takes the four-item tuple freed last. 3.11's start-up made it already.
for label in ("", " the second"):
    t = (x, x, x, x)
    it = id(t)
    del t
    p = property(neg, doc="negated")
    u = (x, x, x, x)
    print(f"4-tuple reused after{label} property(doc=)", id(u) == it)
    del u
