# A class with several bases is entered in each base's __subclasses__ under one weak
# reference: PyWeakref_NewRef(type, NULL) gives back the basic reference the class already has.
import sys
g = sys.getallocatedblocks


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class E:
    pass


class Warm(B, C):
    pass


class Warm2(E):
    pass


del Warm, Warm2
b0 = g()


class D(B, C):
    pass


b1 = g()


class F(B, C, E):
    pass


b2 = g()
print([k.__name__ for k in B.__subclasses__()], [k.__name__ for k in E.__subclasses__()])
print(b1 - b0, b2 - b1)
