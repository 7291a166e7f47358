# repr of self-referencing and mutually referencing containers, and of nested empty containers
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
s = {"inner": [d]}
print(s)
print([[], [[]], [(), {}], set(), frozenset(), range(0)])
print([None, True, 1.5, "s", "q", (None,)])
z = {1: [], 2: {}}
z[1].append(z)
print(z)
