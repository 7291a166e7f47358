# locals(), vars() and super() inside list, set and dict comprehensions: up to 3.11 a
# comprehension is a function of its own; 3.12+ inline it into the enclosing code (PEP 709),
# so it sees the enclosing frame's locals (3.12 keeps one dict per frame, 3.13 snapshots).


def plain(a):
    b = 2
    print([sorted(locals()) for x in range(2)])
    print({k: sorted(locals()) for k in 'a'})
    print({len(locals()) for s in 'xy'})
    print([[sorted(locals()) for y in range(1)] for x in range(1)])
    # A generator expression keeps its own code and frame in every version.
    print(list(sorted(locals()) for z in range(1)))
    print(sorted(vars()))


plain(1)


def cached():
    t = 1
    d = [locals() for u in range(1)][0]
    print(sorted(d), d is locals())
    d['zz'] = 1
    print(sorted(locals()))
    print([locals() is locals() for u in range(1)])


cached()


def cells(p):
    c = 10
    fs = [lambda: i + c for i in range(2)]
    print([f() for f in fs])
    # (3.13.0 crashes when a comprehension's plain name is another one's cell: GH-128396.)
    print([sorted(locals()) for w in range(1)])

    def inner():
        return [sorted(locals()) for j in range(1)], c

    print(inner())
    print(list(locals()))


cells(0)


def ordering(a, b):
    c = a
    d = locals()
    e = locals()
    print(list(d), list(e), d is e)
    del c
    print(list(locals()))


ordering(1, 2)

q = 7
print([sorted(k for k in locals() if not k.startswith('__')) for q in range(1)], q)
print('q' in globals(), globals()['q'])


class C:
    y = 5
    z = [sorted(k for k in locals() if not k.startswith('__')) for i in range(1)]
    print('i' in locals(), sorted(k for k in locals() if not k.startswith('__')))


print(C.z, hasattr(C, 'i'))


class A:
    def m(self):
        return [__class__.__name__ for i in range(1)]

    def who(self):
        return 'A'


class B(A):
    def m(self):
        return [super().m() for i in range(2)]

    def n(self):
        return [super(B, self).who() for i in range(1)]

    def o(self):
        return {i: super().who() for i in range(1)}


print(A().m(), B().n())
for meth in (B().m, B().o):
    try:
        print(meth())
    except TypeError as e:
        print('TypeError:', e)
