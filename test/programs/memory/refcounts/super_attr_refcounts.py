# sys.getrefcount(self) in a method or getter reached through super(), and the errors super's
# lookup raises: 3.12+ LOAD_SUPER_ATTR holds class and self on the stack, and 3.11+ calls unpack
# a bound method before the call.
import sys
class Base:
    def meth(self):
        return sys.getrefcount(self)
    @property
    def prop(self):
        return sys.getrefcount(self)
class Child(Base):
    def m(self):
        return super().meth()
    def p(self):
        return super().prop
    def m2(self):
        return super(Child, self).meth()
    def miss(self):
        try:
            return super().nothing
        except AttributeError as e:
            return str(e)
    def cls(self):
        return super().__thisclass__.__name__, super().__self_class__.__name__
c = Child()
for i in range(3):
    print(c.m(), c.p(), c.m2(), c.miss())
bm = c.meth
print([bm() for i in range(3)])
f = Child.m
print([f(c) for i in range(3)])
class K(Base):
    @classmethod
    def cm(cls):
        return super().meth
    @staticmethod
    def sm():
        return super(K, K()).meth()
print(K.cm().__name__, K.sm())
try:
    super(int, "x").foo
except TypeError as e:
    print(e)
try:
    super(int, str).foo
except TypeError as e:
    print(e)
class L(list):
    pass
try:
    super(L, [1]).append
except TypeError as e:
    print(e)
