# builtin_sorted (Python/bltinmodule.c) copies the iterable to a list, then looks up and calls
# that list's bound sort method, which it holds while the sort calls key: a builtin method
# made by key then is another block than the one freed just before sorted() (3.8 takes both
# from its builtin-method free list, later versions from pymalloc's pool).
lst = [3, 1, 2]
kept = []


def key(v):
    kept.append(lst.append)
    return v


t = lst.copy
tid = id(t)
del t
s = sorted(lst, key=key)
print(s, "the key's first method took the block freed before sorted():", id(kept[0]) == tid)
kept.clear()
t = lst.copy
tid = id(t)
del t
lst.sort(key=key)
print(lst, "and with list.sort:", id(kept[0]) == tid)
