# unpacking from lists, tuples, dicts, sets of one item, ranges and strings; starred targets and * / ** in displays
a, b, c = [1, 2, 3]
d, e = (4, 5)
f, g = {"k1": 1, "k2": 2}
(h,) = {42}
i, *rest = range(5)
*init, last = "hello"
first, *mid, end = [1, 2]
print(a, b, c, d, e, f, g, h, i, rest, init, last, first, mid, end)
print([*range(3), *"ab", *{9: 0}], (*[1, 2], 3), {*[1, 1, 2], 3}, {**{"x": 1}, "y": 2, **dict(z=3)})
x, (y, z) = 1, [2, 3]
print(x, y, z)
for k, (v1, v2) in {"p": (1, 2), "q": (3, 4)}.items():
    print(k, v1 + v2)
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names, dict(pairs), dict(zip(names, nums)))
