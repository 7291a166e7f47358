# 3.8 compiles a call with more than one group of keywords (runs of name=value, each **
# mapping) to BUILD_MAP_UNPACK_WITH_CALL (compile.c compiler_call_helper): the maps are all
# made first, then a new dict takes them (ceval.c), so the dicts the call takes off the free
# list come in another order than 3.9's BUILD_MAP + DICT_MERGE, and the stack holds them all.
def g(**kw):
    return kw


a = {"a": 1}
b = {"b": 2}


def h():
    return g(**a, **b, c=3, d=4)


p1 = {}
p2 = {}
p3 = {}
ids = {id(p1): "p1", id(p2): "p2", id(p3): "p3"}
del p1, p2, p3
r = h()
print(sorted(r.items()), ids.get(id(r), "other"))
q1 = {}
q2 = {}
print(ids.get(id(q1), "other"), ids.get(id(q2), "other"))
print(h.__code__.co_stacksize)
