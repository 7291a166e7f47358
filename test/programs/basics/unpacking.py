# Assignment forms: tuple/list unpacking, nested and starred targets, chained assignment, swaps.
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = [0]
x.append(1)
print(y, z, x is z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
(p, q), r = (5, 6), 7
print(p, q, r)
[s, [t, u]] = ["s", ["t", "u"]]
print(s, t, u)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
d = {}
d["k"], d["j"] = 3, 4
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
a, *b = (1,)
print(a, b)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    m, n, o = [1]
except ValueError as e:
    print(e)
try:
    m, *n, o = [1]
except ValueError as e:
    print(e)
try:
    m, n = 5
except TypeError as e:
    print(e)
