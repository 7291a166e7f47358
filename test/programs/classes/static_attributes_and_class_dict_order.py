# A class dict in CPython order: __module__ (3.13: __firstlineno__), the body, 3.13 __static_attributes__
# (self.X stores in methods, nearest class, sorted), then __dict__, __weakref__ and a missing __doc__.
class A:
    def __init__(self, v):
        self.zeta = v
        self.alpha = 1
        other = self
        other.no = 2
    def m(me):
        me.beta = 3
        def inner(self):
            self.gamma = 4
        (self := me).delta = 1 if False else None
    @staticmethod
    def s(x):
        x.eps = 1
    class B:
        def f(self):
            self.inner_b = 1
import sys
print(list(vars(A)))
class E:
    pass
print(list(vars(E)))
if sys.version_info >= (3, 13):
    print(A.__static_attributes__, A.__firstlineno__, A.B.__static_attributes__, E.__static_attributes__)
class A2:
    def __init__(self): self.x = 1
class B(A2):
    pass
class I(int): pass
class T(tuple): pass
class S(str): pass
class L(list): pass
class D(dict):
    """doc"""
class Sl:
    __slots__ = ('a',)
class M(type): pass
for c in (A2, B, I, T, S, L, D, Sl, M):
    print(c.__name__, [k for k in vars(c) if k not in ('__static_attributes__', '__firstlineno__')])
print(A2().__weakref__, '__weakref__' in dir(A2()))
