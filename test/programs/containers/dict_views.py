# keys/values/items views: live, len, iteration, membership, repr, reversed, set operations on keys and items
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
print(list(k), list(v), list(it))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in it, ("a", 2) in it, "a" in it, ("a",) in it)
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(k & {"a", "c", "x"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(k & ["b", "d"]), sorted({"b", "e"} & k), sorted(["x"] | k), sorted({"a"} - k))
print(k == {"a", "b", "c", "d"}, k == {"a"}, k < {"a", "b", "c", "d", "e"}, k >= {"a"}, k != set())
print(it == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, sorted(it & {("a", 1), ("b", 3)}))
print(k.isdisjoint({"x", "y"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 2)]))
print(v == v, d.values() == d.values())
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e)))
try:
    k | 1
except TypeError as ex:
    print("TypeError:", ex)
try:
    v | {1}
except TypeError as ex:
    print("TypeError:", ex)
for key, val in d.items():
    print(key, val, end="; ")
print()
print([x for x in d.values() if x % 2 == 0], sum(d.values()), max(d, key=d.get))
