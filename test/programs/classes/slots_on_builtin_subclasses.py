# __slots__ on subclasses of builtins with fields (exceptions, list, float): the layout fields,
# sizes and blocks count the slots; slot values are released when the object goes, and
# cycles through them are collected.
import sys
def show(X):
    print(X.__name__, X.__base__.__name__, X.__basicsize__, X.__itemsize__, X.__dictoffset__, X.__weakrefoffset__)
class P: pass
class Q(P): __slots__ = ('a', 'b')
class R(Q): pass
class S: __slots__ = ('x', '__dict__')
class T: __slots__ = ('x', '__weakref__')
class U(T): __slots__ = ('__dict__',)
class V(int): pass
class W(tuple): __slots__ = ()
class X(bytes): pass
class Y(Exception): __slots__ = ('code',)
class Z(Y): pass
class A(list): __slots__ = ('tag',)
class B(dict): pass
class C(str): pass
class D(float): __slots__ = ('u',)
class E(OSError): pass
class F(P, Exception): pass
class G(Z, ValueError): pass
for k in (P, Q, R, S, T, U, V, W, X, Y, Z, A, B, C, D, E, F, G):
    show(k)
y = Y("m"); y.code = 3
print(sys.getsizeof(y), y.code, y.args)
z = Z("n"); z.extra = 1
print(sys.getsizeof(z), z.extra)
a = A([1, 2, 3]); a.tag = 'x'
print(sys.getsizeof(a), a, a.tag)
d = D(2.5); d.u = 1
print(sys.getsizeof(d), d + 1, d.u)
g = G("q")
print(sys.getsizeof(g), isinstance(g, ValueError), G.__mro__)
b0 = sys.getallocatedblocks()
objs = [Y(i) for i in range(10)] + [A() for i in range(10)] + [D(i) for i in range(10)]
print(sys.getallocatedblocks() - b0)
token = object()
a2 = A(); a2.tag = token
y2 = Y("r"); y2.code = token
print(sys.getrefcount(token))
del a2, y2
print(sys.getrefcount(token))
import gc
gc.collect()
c = A(); c.tag = c
e = Y("cycle"); e.code = e
del c, e
print(gc.collect())
