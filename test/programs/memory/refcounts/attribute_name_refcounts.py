# Who holds an attribute name: the class's shared keys (split tables up to 3.10, an instance's
# values from 3.11), not each instance's dict; the type attribute cache holds the names it
# looked up. A dict that stops sharing the keys (a new key, a deletion, a non-str key,
# popitem) holds its keys itself. Differences from a base keep the parser's own references
# out of the figures.
import sys


class P:
    def __init__(self, a, b):
        self.alpha_attr = a
        self.beta_attr = b


name = sys.intern("alpha_" + "attr")
base = sys.getrefcount(name)
ps = [P(i, i) for i in range(5)]
print("after 5 instances", sys.getrefcount(name) - base)
d = ps[0].__dict__
print("dict materialized", sys.getrefcount(name) - base)
c = d.copy()
print("copy", sys.getrefcount(name) - base)
del c
ps[1].gamma_attr = 3
print("third attr", sys.getrefcount(name) - base)
del ps[2].beta_attr
print("deleted attr", sys.getrefcount(name) - base)
ps[3].__dict__[5] = 1
print("non-str key", sys.getrefcount(name) - base)
print(ps[4].__dict__.popitem())
print("popitem", sys.getrefcount(name) - base)
del ps
print("all gone", sys.getrefcount(name) - base)
del d
print("dict gone", sys.getrefcount(name) - base)


class Q:
    pass


q = Q()
key = sys.intern("delta_" + "attr")
b2 = sys.getrefcount(key)
# The figures are printed at the end: print's own lookups (write, flush) fill entries of the
# type attribute cache too, and one that falls on delta_attr's entry would free the name's
# reference there, by where the names happen to lie in memory.
figures = []
setattr(q, key, 1)
figures.append(("setattr", sys.getrefcount(key) - b2))
q2 = Q()
setattr(q2, key, 2)
figures.append(("second", sys.getrefcount(key) - b2))
del q.__dict__[key]
figures.append(("del item", sys.getrefcount(key) - b2))
del q, q2
figures.append(("gone", sys.getrefcount(key) - b2))
for label, n in figures:
    print(label, n)
