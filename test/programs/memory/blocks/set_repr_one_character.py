# set_repr takes repr(list(s))[1:-1] (PyUnicode_Substring), so a set whose one element's repr
# is one character makes that character's str; up to 3.10 get_latin1_char keeps it, a block
# more on the first such repr only (3.11's are static). frozenset's repr goes the same way.
import sys

s = {3}
f = frozenset([4])
kept = []
for label, obj in [("{3}", s), ("frozenset({4})", f), ("{33}", {33})]:
    for i in range(3):
        b0 = sys.getallocatedblocks()
        kept.append(repr(obj))
        print("repr", label, i, sys.getallocatedblocks() - b0)
