# Constant folding: operations on constants become one constant of the code object,
# within ast_opt.c's limits, and equal constants of one code object are one object.
a = 1000
b = 999 + 1
print(a is b)
c = 2 ** 10
d = 1024
print(c is d)
e = -5000
f = 0 - 5000
print(e is f)
g = 2 ** 200          # past 128 bits: computed at run time, a new object
h = 2 ** 200
print(g == h, g is h)
s = "ab" * 3
t = "ababab"
print(s is t)
u = "x" * 5000        # past 4096 characters: built at run time
v = "x" * 5000
print(u == v, u is v)
w = "abc"[1]
w2 = "abc"[1]
print(w, w is w2)
x = 1.5 * 2
y = 3.0
print(x is y)
z = (1 << 100) | 1
z2 = (1 << 100) + 1
print(z == z2, z is z2)
k = ~7
k2 = -8
print(k, k is k2)
m = not 0
print(m, m is True)
n = True + True
print(n, type(n).__name__)
p = 7 // -2, -7 % 3, 7 / 2
print(p)
q = 10 ** -2
print(q)
r = 1 / 0 if False else 0
print(r)


def f1():
    return 123456 + 1


def f2():
    return 123457


print(f1() == f2(), f1() is f1())
