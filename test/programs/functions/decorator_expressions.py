# Decorators that are any expression (PEP 614, 3.9+): subscripts, lambdas, conditionals.
def deco(f):
    return f
null = None
@False or deco
def g(): return 1
@(lambda f: f)
def h(): return 2
ds = [deco]
@ds[0]
def k(): return 3
print(g(), h(), k())
class B:
    @staticmethod
    def s(): return 4
    @(lambda f: property(f))
    def p(self): return 5
print(B.s(), B().p)
@ds[0](1) if False else deco
def m(): return 6
print(m())
