def f(a, b, /, c, d=4, *, e, f=6, **rest):
    return a, b, c, d, e, f, rest

def g(x, /, y=2, *args, z, **kw):
    return x + y + z + len(args) + len(kw)

def h(*, only):
    return only

def k(a=1, /, b=2):
    return a * b

lam = lambda p, /, q=1, *r, s, t=2, **u: (p, q, r, s, t, u)
print(f(1, 2, 3, e=5, g=7), g(1, z=3), h(only=1), k(), lam(1, s=0))
