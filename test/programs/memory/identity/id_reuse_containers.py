# Whether a freed object's id is reused by the next object of the same or another type.

def reuse(make_a, make_b):
    a = make_a()
    ident = id(a)
    del a
    b = make_b()
    return id(b) == ident

f = lambda: 1.5 * 3.0
print("float -> float", reuse(lambda: 2.5 * 2.0, f))
print("tuple2 -> tuple2", reuse(lambda: (object(), 1), lambda: (object(), 2)))
print("tuple2 -> tuple3", reuse(lambda: tuple([1, 2]), lambda: tuple([1, 2, 3])))
print("list -> list", reuse(lambda: [1, 2], lambda: [3, 4]))
print("dict -> dict", reuse(lambda: {"a": 1}, lambda: {"b": 2}))
print("list -> dict", reuse(lambda: [1], lambda: {}))
print("str -> str", reuse(lambda: "x" * 10, lambda: "y" * 10))
print("int -> int", reuse(lambda: 10 ** 6 + 1, lambda: 10 ** 6 + 2))
print("set -> set", reuse(lambda: {1, 2}, lambda: {3}))

# Within one expression the temporary is freed before the next is made.
print(id([1, 2, 3]) == id([4, 5, 6]), id({}) == id({}), id(1.25 + 1) == id(2.5 + 1))
print(id(object()) == id(object()), id((lambda: 0)) == id((lambda: 1)))

class Box:
    pass

boxes = [Box() for _ in range(5)]
ids = [id(b) for b in boxes]
del boxes
again = [Box() for _ in range(5)]
print("boxes reuse", sorted(ids) == sorted(id(b) for b in again), ids[::-1] == [id(b) for b in again])

floats = [float(i) + 0.5 for i in range(10)]
fids = [id(x) for x in floats]
del floats
new_floats = [float(i) * 1.5 + 0.25 for i in range(10)]
print("floats reuse", set(fids) == set(map(id, new_floats)), fids[::-1] == [id(x) for x in new_floats])

lists = [[i] for i in range(4)]
lids = [id(x) for x in lists]
lists.clear()
newl = [[i, i] for i in range(4)]
print("lists", [id(x) in lids for x in newl])

x = (1, 2, "three", [4])
xid = id(x)
del x
y = (5, 6, "seven", [8])
print("4-tuple reuse", id(y) == xid)
alive = [1, 2]
alive_id = id(alive)
other = [3, 4]
print(alive_id != id(other), alive is not other, alive == [1, 2])
