# dict.update is METH_VARARGS | METH_KEYWORDS in every version, set.update, union, intersection,
# difference and their in-place forms METH_VARARGS up to 3.12: each call packs its arguments into a
# tuple (keywords into a dict). 3.13's sets take *others through Argument Clinic, which makes the
# tuple itself, even from f(*args) that hands the other versions its own tuple as it is.
import sys
d1 = [(i,) for i in range(2100)]
d2 = [(i, i) for i in range(2100)]
dd = [{} for i in range(100)]
keep = []


def delta(label, f):
    f()  # warmed up: a method's first call is a block off in some 3.12 runs
    # What the calls before gave back to the free lists is taken again, for good.
    keep.append([((i,), (i, i), {}) for i in range(8)])
    before = sys.getallocatedblocks()
    r = f()
    print(label, sys.getallocatedblocks() - before, r)


d = {"a": 1}
s = {1, 2, 3}
fs = frozenset(s)
other = [2, 3, 4]
delta("len (none):", lambda: len(d))
delta("dict.update:", lambda: d.update({"b": 2}))
delta("dict.update kw:", lambda: d.update(c=3))
delta("dict.update both:", lambda: d.update({"d": 4}, e=5))
delta("set.update:", lambda: s.update(other))
delta("set.update 2:", lambda: s.update(other, [5]))
delta("set.union:", lambda: len(s.union(other)))
delta("frozenset.intersection:", lambda: len(fs.intersection(other)))
delta("set.difference:", lambda: len(s.difference(other)))
delta("set.difference_update:", lambda: s.difference_update([9]))
delta("set.intersection_update:", lambda: s.intersection_update(s))
delta("set.issubset (METH_O):", lambda: s.issubset(other))
pair = (other, [7])
delta("set.update(*pair):", lambda: s.update(*pair))
delta("unbound dict.update:", lambda: dict.update(d, {"g": 7}))
print(sorted(d.items()), sorted(s))
