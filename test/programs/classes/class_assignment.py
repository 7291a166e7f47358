# obj.__class__ = cls (object_set_class): between classes of the same layout (slots, dict, weak
# reference list, builtin base) or module subclasses; 3.11+ first make the instance's values a
# dict, which 3.13 detaches from the inline values (a block of its own).
import sys
class A:
    pass
class B:
    pass
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
class L(list):
    pass
class L2(list):
    pass
def t(o, cls):
    try:
        o.__class__ = cls
        print('ok', type(o).__name__)
    except TypeError as e:
        print('TypeError:', e)
a = A()
a.v = 1
t(a, B)
print(a.v, vars(a), sys.getrefcount(A), sys.getrefcount(B))
t(a, A)
t(S1(), S2)
t(S1(), S3)
t(S1(), A)
t(L(), L2)
t(L(), A)
t(1, bool)
t(a, int)
t(a, 5)
t([], L)
try:
    del a.__class__
except TypeError as e:
    print('TypeError:', e)
b = B()
b.x = 1; b.y = 2
before = sys.getallocatedblocks()
b.__class__ = A
print('blocks', sys.getallocatedblocks() - before, vars(b))
b.z = 3
print(sorted(vars(b)), sys.getsizeof(vars(b)))
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
class Q:
    def hello(self):
        return self.a + self.b
ps = [P() for _ in range(5)]
before = sys.getallocatedblocks()
for p in ps:
    p.__class__ = Q
print(sys.getallocatedblocks() - before, [p.hello() for p in ps])
for p in ps:
    p.c = 3
print(sys.getsizeof(ps[0].__dict__), sys.getrefcount(P), sys.getrefcount(Q))
del ps
print(sys.getrefcount(P), sys.getrefcount(Q))
class Mod(type(sys)):
    pass
class Mod2(type(sys)):
    def __repr__(self):
        return '<mod2>'
m = type(sys)('fresh')
m.__class__ = Mod2
print(repr(m), type(m).__name__)
# 3.13 detaches a dict made before from the inline values too.
qs = [P() for _ in range(3)]
ds = [q.__dict__ for q in qs]
out = []
for q in qs:
    b = sys.getallocatedblocks()
    q.__class__ = Q
    out.append(sys.getallocatedblocks() - b)
print(out)
# compatible_for_assignment climbs each class to the highest base it shares its layout with.
class LA:
    __slots__ = ('x',)
class LB(LA):
    pass
class LC:
    __slots__ = ('x',)
class LD(LC):
    pass
class LE(LA):
    __slots__ = ()
class LF:
    pass
class LG(LF):
    pass
class LH:
    __slots__ = ('__dict__',)
t(LB(), LD)
t(LA(), LC)
t(LB(), LE)
t(LE(), LA)
t(LF(), LG)
t(LG(), LF)
t(LF(), LH)
t(LH(), LF)
t(LA(), LB)
