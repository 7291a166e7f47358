# Builtin types and their methods live in the interpreter's data, not in arenas: each has
# an id of its own, stable for the run, and hash(type) follows it.
import sys

types = [int, str, list, dict, tuple, set, object, type, float, bytes]
ids = [id(t) for t in types]
print("distinct type ids:", len(set(ids)) == len(ids))
print("stable:", ids == [id(t) for t in types])
print("nonzero:", all(i != 0 for i in ids))
print("hash follows id:", all(hash(t) == id(t) >> 4 for t in types))

wrappers = [int.__add__, str.join, list.append, dict.get, object.__init__]
wid = [id(w) for w in wrappers]
print("wrapper ids distinct from the types:", not (set(wid) & set(ids)))

x = [1, 2, 3]
print("a list is not where int is:", id(x) != id(int))
print("types as dict keys:", {int: "i", str: "s"}[str])
print("in a set:", len({int, str, int, list}))
