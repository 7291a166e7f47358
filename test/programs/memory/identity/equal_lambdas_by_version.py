# Which alike lambdas share one code object: on one line, by version (constant merging of code objects).
import sys
def same(a, b):
    return a.__code__ is b.__code__
a, b = lambda: None, lambda: None
c, d = lambda: 5, lambda: 5
e, f = lambda x: None, lambda x: None
g, h = lambda x: None, lambda y: None
i, j = lambda: (1, 2), lambda: (1, 2)
k, l = lambda: 'text', lambda: 'text'
m, n = lambda x=1: None, lambda x=2: None
o = lambda: None
p = lambda: None
print(same(a, b), same(c, d), same(e, f), same(g, h), same(i, j), same(k, l), same(m, n), same(o, p))
def outer():
    q, r = lambda: None, lambda: 0
    s, t = lambda: None, lambda: None
    return same(q, r), same(s, t)
print(outer())
fs = [lambda: None for _ in range(3)]
print(same(fs[0], fs[1]))
def refs():
    u, v = lambda: None, lambda: None
    return sys.getrefcount(u.__code__)
print(refs(), refs())
