first, *middle, last = range(10)
head, *tail = "abc"
(a, b), c = (1, 2), 3
[x, [y, z]] = [1, [2, 3]]
def f(*args, **kwargs):
    return args, kwargs
print(f(*middle, *tail, sep=",", **{"end": "!"}))
print(*[1, 2], *(3,), sep="-")
combined = [*middle, *tail, last]
merged = {*combined, head}
t = *combined, first
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
