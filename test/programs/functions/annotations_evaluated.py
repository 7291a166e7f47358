# A def's annotations are evaluated when the def runs, after its defaults, in CPython's
# order (args, positional-only, *args, keyword-only, **kwargs, return), and kept.
log = []
def t(x):
    log.append(x)
    return x
def f(a: t('a'), /, b: t('b') = t('bd'), *args: t('args'), c: t('c') = t('cd'), d: t('d'), **kw: t('kw')) -> t('ret'):
    pass
print(log)
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
def g(x, y=1): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__, g.__dict__)
g.__annotations__ = {'z': 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print('TypeError', e)
del g.__annotations__
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
class C:
    def m(self, v: int) -> 'C':
        return self
    @staticmethod
    def s(n: float = 1.5) -> None: ...
print(C.m.__annotations__, C.s.__annotations__, C().m.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
def h(p: undefined_name): pass
