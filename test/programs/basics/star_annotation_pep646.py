# PEP 646 (3.11+): `*args` annotated with a star, `*Ts` or `*tuple[int, ...]`; the
# annotation is the one item the star unpacks. Before 3.11 the star is invalid syntax.
class Ts:
    """Iterates as a TypeVarTuple does: one item, its unpacked form."""
    def __iter__(self):
        yield 'Unpack[Ts]'

    def __or__(self, other):
        return ['Ts | ' + other]


def f(*args: *Ts()):
    return args


print(f.__annotations__, f(1, 2))


def g(a, *args: *(int,), b: str = 'x', **kw: float) -> None:
    pass


print(g.__annotations__)


def h(*args: *Ts() | 'None', **kw):
    pass


print(h.__annotations__)


class C:
    def m(self, *__args: * Ts()):
        pass


print(C.m.__annotations__)
print(tuple[int, ...], [*tuple[int, ...]][0] == tuple[int, ...])

for items in [(), [1, 2]]:
    try:
        def k(*args: *items):
            pass
    except ValueError as e:
        print(type(e).__name__, e)
