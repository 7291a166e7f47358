# super's members (__thisclass__, __self__, __self_class__), repr, unbound form and __get__, and
# super_init's argument errors, which 3.11+'s super_vectorcall words otherwise for super itself.
import sys

class A:
    def f(self):
        return 'A.f'

class B(A):
    def f(self):
        s = super()
        print(s.__thisclass__ is B, s.__self__ is self, s.__self_class__ is B)
        print(repr(s).startswith('<super: <class'), repr(s))
        return s.f()

    @classmethod
    def c(cls):
        s = super()
        print(s.__thisclass__, s.__self__ is cls, s.__self_class__)
        print(repr(s))

b = B()
print(b.f())
B.c()
s = super(B, b)
print(repr(s), s.__thisclass__, s.__self_class__)
u = super(B)
print(repr(u), u.__self__, u.__self_class__, u.__thisclass__)
print(u.__get__(b, B).f())
print(u.__get__(None, B) is u)
rc = sys.getrefcount(B)
s2 = super(B, b)
print(sys.getrefcount(B) - rc)
del s2
print(sys.getrefcount(B) - rc)
try:
    s.__thisclass__ = A
except AttributeError as e:
    print(type(e).__name__, e)

class S(super):
    pass

for args in [(1,), (int, 1, 2), (int, 'x')]:
    for maker in (super, S):
        try:
            print(repr(maker(*args)))
        except TypeError as e:
            print(maker.__name__, e)
try:
    super(int, 1, x=1)
except TypeError as e:
    print(e)
t = S(B)
print(type(t).__name__, repr(t), type(t.__get__(b, B)).__name__, t.__get__(b, B).f())
n = super.__new__(super)
print(repr(n), n.__thisclass__, n.__self__)
n.__init__(B, b)
print(repr(n), n.f())
print(super(int, 1).__class__, super(int, True).__thisclass__, super(int, None).__self__)
try:
    super(B).f
except AttributeError as e:
    print(e)
print(sorted(super.__dict__))
print(super.__dict__['__get__'], super.__dict__['__init__'])


def h():
    pass
print(h.__code__.co_name is h.__code__.co_name, h.__code__.co_name is h.__name__)
