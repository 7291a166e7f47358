# list.index with start and stop (including negative and out-of-range bounds), list.count
a = [1, 2, 3, 1, 2, 3, 1]
print(a.index(1), a.index(1, 1), a.index(1, 4), a.index(3, -3), a.index(2, -100, 100))
print(a.count(1), a.count(4), a.count(1.0), [[1], [1], 2].count([1]))
for args in [(1, 7), (3, 0, 2), (9,), (1, -2, -1)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    a.index()
except TypeError as e:
    print("TypeError:", e)
try:
    a.index(1, "x")
except TypeError as e:
    print("TypeError:", e)
print(["a", "b"].index("b"))
try:
    ["a"].index("zz")
except ValueError as e:
    print("ValueError:", e)
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.count(2), t.count(5), t.index(1, -1))
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    t.count()
except TypeError as e:
    print("TypeError:", e)
