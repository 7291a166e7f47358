# Both operands of a comparison or a binary operation are released left first, then right
# (ceval.c COMPARE_OP, BINARY_OP): the right one's block is on top of the free list after.
ids = []


def mk(o):
    ids.append(id(o))
    return o


r = mk([1]) == mk([2])
n = []
print("comparison: the next list takes the right operand's block:", id(n) == ids[1], id(n) == ids[0])

ids.clear()
r = mk([1]) + mk([2])
del r
n2 = []
print("list + list:", id(n2) == ids[1], id(n2) == ids[0])

ids.clear()
x = 1.25
r = mk(x * 2) + mk(x * 4)
f = x * 8
print("float + float:", id(f) == ids[1], id(f) == ids[0])

ids.clear()
r = mk((x, 1)) < mk((x, 2))
t = (x, r)
print("tuple < tuple:", id(t) == ids[1], id(t) == ids[0])

ids.clear()
r = mk([1]) in mk([[1]])
n3 = []
print("list in list:", id(n3) == ids[1], id(n3) == ids[0])

ids.clear()
try:
    mk([1]) < mk([None])
except TypeError as e:
    print("a failed comparison:", e)
n4 = []
print("after it:", id(n4) == ids[1], id(n4) == ids[0])
