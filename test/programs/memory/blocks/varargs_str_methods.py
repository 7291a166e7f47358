# str.format is METH_VARARGS | METH_KEYWORDS in every version, str.find and its kin (and bytes')
# up to 3.12: each call packs its arguments into a tuple (keywords into a dict), given back to the
# free lists after it. With those free lists drained, each such call shows as a block.
import sys
d1 = [(i,) for i in range(2100)]
d2 = [(i, i) for i in range(2100)]
d3 = [(i, i, i) for i in range(2100)]
dd = [{} for i in range(100)]
s = "hello world"
b = b"hello world"
ba = bytearray(b)


keep = []


def delta(label, f):
    f()  # warmed up: a method's first call is a block off in some 3.12 runs
    # What the calls before gave back to the free lists is taken again, for good.
    keep.append([((i,), (i, i), (i, i, i), {}) for i in range(8)])
    before = sys.getallocatedblocks()
    r = f()
    print(label, sys.getallocatedblocks() - before, r)


delta("len (none):", lambda: len(s))
delta("format 1:", lambda: "<{}>".format(s))
delta("format 2:", lambda: "{}{}".format(1, 2))
delta("format kw:", lambda: "{a}".format(a=3))
delta("format both:", lambda: "{}{a}{}".format(4, 5, a=6))
delta("find:", lambda: s.find("o"))
delta("rfind 2:", lambda: s.rfind("o", 1))
delta("index 3:", lambda: s.index("o", 1, 9))
delta("count:", lambda: s.count("l"))
delta("startswith:", lambda: s.startswith("he"))
delta("endswith 2:", lambda: s.endswith("ld", 3))
delta("bytes find:", lambda: b.find(b"o"))
delta("bytes count 2:", lambda: b.count(b"l", 2))
delta("bytearray startswith:", lambda: ba.startswith(b"h"))
m = s.find
delta("bound find:", lambda: m("w"))
delta("unbound find:", lambda: str.find(s, "w"))
args = ("x", "y")
sub = ("o", 2)
delta("format(*args):", lambda: "{}{}".format(*args))
delta("find(*args):", lambda: s.find(*sub))
