# dict subclasses: __missing__ for defaults, a counter built on it, isinstance and repr of subclass instances
class Default(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value
d = Default()
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), isinstance(d, dict), "c" in d, d.get("c"))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c)
class Plain(dict):
    pass
p = Plain(x=1)
try:
    p["y"]
except KeyError as e:
    print("KeyError:", e)
print(p, type(p).__name__, dict(p), p == {"x": 1})
