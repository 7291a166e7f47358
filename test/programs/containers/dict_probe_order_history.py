# Where a dict's entries sit in its index table follows its history since the last resize: a new
# entry takes the first slot of its probe sequence without a live entry (a deleted one's too), a
# resize places the kept entries in order. A lookup that compares by __eq__ walks that table, so
# the order of its comparisons shows the slots. Here the table's history is made with keys whose
# comparisons run no Python code (ints of one hash, strs, tuples of ints) before the first such lookup.
M = 2**61 - 1
log = []

class H:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        log.append(repr(other))
        return False

def show(what, r):
    print(what, r, log)
    log.clear()

# Ints of hash 5 (5 + k*M), inserted and deleted in turn, then searched for by an H of hash 5.
d = {}
for k in range(4):
    d[5 + k * M] = k
del d[5 + M]
d[5 + 4 * M] = 4
del d[5]
d[5 + 5 * M] = 5
d[5 + 6 * M] = 6
show("ints", H("x", 5) in d)
# The same keys, equal but not identical, are found without a comparison the script sees.
show("int lookup", d[int("5") + 4 * M])
del d[5 + 2 * M]
d[5 + 7 * M] = 7
show("ints again", H("x", 5) in d)

# Tuples of ints and strs: equal ones found by value; an H of their hash compares them in slot order.
t = {}
keys = [(i, str(i)) for i in range(8)]
for k in keys:
    t[k] = k[0]
del t[keys[2]]
del t[keys[5]]
t[(2, "2")] = 22
show("tuple lookup", t[(int("5") - 3, "2")])
show("tuple miss", (5, "5") in t)
show("tuple H", H("t", hash(keys[3])) in t)

# Floats and ints of one value (1, 1.0, True), and hash -2 (-1 and -2).
f = {1.5: "a", 2: "b", -1: "c"}
show("float", f[3 / 2])
show("int float", f[2.0])
show("bool", True in f)
show("-2", -2 in f)
show("-1", f[int("-1")])
del f[1.5]
f[-2] = "d"
show("-2 again", f[int("-2")])
show("H -2", H("m", -2) in f)

# Popitem after deletions (its table is built from the history at that point).
p = {}
for k in range(6):
    p[5 + k * M] = k
del p[5 + 3 * M]
del p[5]
show("popitem", p.popitem())
p[5 + 9 * M] = 9
show("after popitem", H("y", 5) in p)
# A copy keeps the table as it is.
c = p.copy()
del c[5 + M]
c[5 + 10 * M] = 10
show("copy", H("z", 5) in c)
