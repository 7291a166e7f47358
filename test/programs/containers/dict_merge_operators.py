# dict | and |= (3.9+), ** unpacking in displays and calls, ordering after overwrites and deletions
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
c |= {"x": -1}.items()
print(c)
print({**a, **b}, {**b, "x": 0}, {"first": 1, **a})
def f(**kw):
    return kw
print(f(**a), f(**a, q=1))
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    c |= 5
except TypeError as e:
    print("TypeError:", e)
d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 2):
    del d[i]
d[0] = "back"
d[3] = "kept place"
print(d, list(d))
