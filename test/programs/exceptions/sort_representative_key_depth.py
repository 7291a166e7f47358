# list.sort's pre-sort check (Objects/listobject.c list_sort_impl, 3.7+) takes the FIRST key,
# in the list's own order, as representative: reverse=True reverses the keys only after the
# check. A first key that is a non-empty tuple makes the sort compare tuples item by item
# (unsafe_tuple_compare), and an empty tuple met later falls back to safe_object_compare, whose
# PyObject_RichCompare takes one more level of depth; a first key () makes all the tuples one
# type (unsafe_object_compare calls tuplerichcompare directly, no level). Up to 3.11 that level
# counts with the frames: the __eq__/__lt__ the comparison reaches finds one level less room.
def probe(n=0):
    try:
        return probe(n + 1)
    except RecursionError:
        return n


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        seen.append(("eq", self.v, other.v, base - probe()))
        return self.v == other.v

    def __lt__(self, other):
        seen.append(("lt", self.v, other.v, base - probe()))
        return self.v < other.v

    __hash__ = None


base = probe()
cases = [
    ("empty last, reverse", [(E(1),), (E(2),), ()], True, None),
    ("empty first, reverse", [(), (E(1),), (E(2),)], True, None),
    ("empty last", [(E(1),), (E(2),), ()], False, None),
    ("empty first", [(), (E(1),), (E(2),)], False, None),
    ("keys, empty last, reverse", [1, 2, 0], True, lambda i: (E(i),) if i else ()),
    ("keys, empty first, reverse", [0, 1, 2], True, lambda i: (E(i),) if i else ()),
    ("no empty, reverse", [(E(1),), (E(2),)], True, None),
]
for name, items, rev, key in cases:
    seen = []
    out = sorted(items, key=key, reverse=rev)
    print(name, [len(t) if isinstance(t, tuple) else t for t in out], seen)
    seen = []
    items.sort(key=key, reverse=rev)
    print("  list.sort", seen)
