# set_repr takes repr(list(s))[1:-1] (PyUnicode_Substring), so a set whose one element's repr
# is one character makes that character's str; up to 3.10 get_latin1_char keeps it, a block
# more on the first such repr only (3.11's are static). frozenset's repr goes the same way.
import sys

s = {3}
f = frozenset([4])
out = [None] * 3


def measure(label, g):
    for i in range(3):
        b0 = sys.getallocatedblocks()
        out[i] = g()
        b1 = sys.getallocatedblocks()
        out[i] = None
        print(label, i, b1 - b0)


measure("repr {3}", lambda: repr(s))
measure("repr frozenset({4})", lambda: repr(f))
measure("repr {33}", lambda: repr({33}))
