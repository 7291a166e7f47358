# id() reuse after del for lists, dicts, instances, tuples, floats and strings of the same size (only comparisons printed).
class P:
    pass
def reuse(make):
    x = make()
    old = id(x)
    del x
    y = make()
    return id(y) == old
print("list:", reuse(lambda: [1, 2]))
print("dict:", reuse(lambda: {"a": 1}))
print("tuple:", reuse(lambda: (object(), 2)))
print("float:", reuse(lambda: float("1.5")))
print("instance:", reuse(P))
print("object:", reuse(object))
print("set:", reuse(lambda: {1, 2, 3}))
a = [1]
b = [2]
ida, idb = id(a), id(b)
del a
del b
c = []
d = []
print("lifo list free list:", id(c) == idb, id(d) == ida)
x = P()
ix = id(x)
x = P()
print("rebinding makes new before old freed:", id(x) == ix)
x = None
y = P()
print("after None then new:", id(y) == ix or True)
objs = [object() for _ in range(5)]
ids = [id(o) for o in objs]
del objs
fresh = [object() for _ in range(5)]
print("all reused:", sorted(id(o) for o in fresh) == sorted(ids))
print("distinct live ids:", len({id(o) for o in fresh}) == 5)
s1 = "".join(["ab", "cd"])
i1 = id(s1)
del s1
s2 = "".join(["wx", "yz"])
print("str same size:", id(s2) == i1)
