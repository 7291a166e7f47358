# The AST optimizer makes a display of constants one tuple constant (fold_tuple) before it folds
# operations (fold_binop, safe_multiply's limits; fold_subscr), so `(1, 2) * 2` is a constant the
# parser arena and co_consts hold, equal constants one object.
import sys
d = (1, 2) * 2
print(sys.getrefcount(d), d)
e = (1, 2) + (3,)
print(sys.getrefcount(e), e)
f = (1, (2, 3)) * 3
print(sys.getrefcount(f))
g = (1, 2)[1]
print(sys.getrefcount(g))
h = ("x!", 5) * 300
print(sys.getrefcount(h), len(h))
i = ((1, 2) * 2)[3]
j = 2 * ("abc!",)
print(sys.getrefcount(j), id(j) == id(d))
def k():
    return (1, 2) * 2
print(id(k()) == id(d), sys.getrefcount(d))
m = (1, 2, 1, 2)
print(id(m) == id(d), sys.getrefcount(d))
n = ((1,) * 200) * 2
print(sys.getrefcount(n), len(n))
b0 = sys.getallocatedblocks()
for _ in range(3):
    t = (7, 8) * 3
print(sys.getallocatedblocks() - b0)
