# The order and number of __eq__ calls a dict lookup makes (Objects/dictobject.c lookdict,
# dictkeys_generic_lookup, unicodekeys_lookup_generic): the slots of the index table in probe order
# (i = hash & mask, then i*5 + perturb + 1 with perturb = hash shifted 5 more bits each step), each
# entry of the search's hash compared until one is equal or a slot is empty, so the same entry again
# when the sequence comes back to its slot. Where entries sit follows the table's history: a new one
# takes the first slot without a live entry (a deleted one's too), a resize places the kept ones in
# order, a copy keeps the table as it is, popitem finds its slot by the index without comparing.
log = []
class H:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        log.append(self.name + "=" + getattr(other, "name", repr(other)))
        # A search key carrying an action runs it from the first comparison.
        act = getattr(other, "act", None)
        if act is not None:
            other.act = None
            act()
        return isinstance(other, H) and self.name == other.name
    def __repr__(self):
        return self.name

def show(what, r=None):
    print(what, r, log)
    log.clear()

a, b, c, d, e = H("a", 1), H("b", 1), H("c", 9), H("d", 17), H("e", 1)
t = {a: 1, b: 2, c: 3, d: 4}
show("built")
show("lookup e", H("e", 1) in t)
show("lookup a2", H("a", 1) in t)
show("lookup d2", H("d", 17) in t)
show("lookup b", b in t)
del t[a]
show("del a")
t[e] = 5
show("insert e")
show("lookup e2", H("e", 1) in t)
show("lookup x", H("x", 1) in t)
t2 = t.copy()
show("copy lookup x", H("x", 1) in t2)
show("popitem", t.popitem())
show("lookup x", H("x", 1) in t)
for i in range(10):
    t[H("k%d" % i, 1 + 8 * i)] = i
show("grown")
show("lookup x", H("x", 1) in t)
show("lookup k9", H("k9", 73) in t)
big = {}
for i in range(20):
    big[H("n%d" % i, -5)] = i
show("neg built")
show("neg lookup", H("zz", -5) in big)
bh = {H("b1", 2**62 + 3): 1, H("b2", 2**62 + 3): 2, H("b3", -2**63 + 11): 3}
show("bighash built")
show("bighash lookup", H("zz", 2**62 + 3) in bh)
show("bighash lookup2", H("b3", -2**63 + 11) in bh)
s = {"abc": 1, "x": 2}
class K:
    def __hash__(self):
        return hash("abc")
    def __eq__(self, other):
        log.append("K=" + str(other))
        return False
show("K in str dict", K() in s)
s[1] = 5
show("K in general", K() in s)

# A comparison that changes the table (a resize, a deletion, an insertion) starts the search again.
def acting(name, h, act):
    k = H(name, h)
    k.act = act
    return k


a, b, c = H("a", 1), H("b", 1), H("c", 1)
t = {a: 1, b: 2, c: 3}
show("three")


def grow():
    for i in range(10):
        t[H("g%d" % i, 100 + i)] = i


def drop():
    del t[b]


def readd():
    t[b] = 9


show("grow", acting("x", 1, grow) in t)
show("drop", acting("y", 1, drop) in t)
show("readd", acting("c", 1, readd) in t)
print(len(t), list(t))
