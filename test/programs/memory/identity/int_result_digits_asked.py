# x_add, x_sub and x_mul (Objects/longobject.c) ask _PyLong_New for as many digits as the
# result could need, then long_normalize drops the leading zeros but keeps the block: a sum
# lives in the block of its unnormalized length, which the next int of that length reuses.
# (-d copies d's digits exactly, _PyLong_Copy.) 3.8's x_sub makes a small result its own object.
a = 2 ** 179
d7 = 2 ** 200
d3 = 2 ** 89
one = 1
b = a + one
ib = id(b)
del b
c = -d7
print("add: 6 + 1 digits asked 7", id(c) == ib)

e = 2 ** 60
b = e - one
ib = id(b)
del b
c = -d3
print("sub: 3 - 1 digit asked 3", id(c) == ib)

k = 2 ** 30
b = k * 3
ib = id(b)
del b
c = -d3
print("mul: 2 * 1 digits asked 3", id(c) == ib)

x = d3 + 7
b = x - d3
print("sub to a small value", b, b is one + 6)
