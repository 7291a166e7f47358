# dict() from mappings, pairs, keywords and both; dict.fromkeys; copy; update forms and their errors
print(dict(), dict({1: 2}), dict([(1, 2), (3, 4)]), dict(a=1, b=2), dict({"x": 1}, y=2), dict([("k", 1)], k=2))
print(dict(zip("abc", range(3))), dict(["ab", "cd"]), dict(((i, i * i) for i in range(4))))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys({1: 2, 3: 4}, "v"), dict.fromkeys([]))
print({}.fromkeys([1, 2], []))
d = {1: "a"}
d.update({2: "b"})
d.update([(3, "c")])
d.update(x=9)
d.update({4: "d"}, y=8)
d.update()
print(d)
c = d.copy()
c[1] = "changed"
print(d[1], c[1], c == d, c is d)
class Mapping:
    def keys(self):
        return ["m1", "m2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), dict(Mapping(), z=0))
for bad in (1, [1], [(1, 2, 3)], ["abc"], [[1]]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    dict({}, {})
except TypeError as e:
    print("TypeError:", e)
try:
    {}.update(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    dict.fromkeys()
except TypeError as e:
    print("TypeError:", e)
d.clear()
print(d, len(d))
