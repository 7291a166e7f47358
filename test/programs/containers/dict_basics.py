# dict creation, item access, KeyError, membership, get/setdefault/pop/popitem, del, len and repr
d = {"apple": 3, "pear": 5}
d["fig"] = 1
print(d, len(d), d["apple"], "fig" in d, "kiwi" in d, "kiwi" not in d)
print(d.get("pear"), d.get("kiwi"), d.get("kiwi", 0))
print(d.setdefault("pear", 99), d.setdefault("lime", 7), d)
print(d.pop("fig"), d.pop("nope", "default"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    d["zzz"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print(d.popitem(), d.popitem(), d)
del d["apple"]
print(d)
try:
    del d["apple"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d[1] = "int"
d[1.0] = "float replaces"
d[True] = "bool replaces"
d[(1, 2)] = "tuple"
d[None] = "none"
print(d)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
try:
    d.setdefault()
except TypeError as e:
    print("TypeError:", e)
print({}, {1: {2: {3: {}}}}, {"a": [1, 2], "b": (3,)}, {-1: -1.5})
e = {}
e["self"] = e
print(e)
print({1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {}, {1: 2} == [1])
