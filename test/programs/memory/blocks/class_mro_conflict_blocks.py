# A class statement whose bases have no consistent MRO: the type is made first, PyType_Ready's
# C3 merge (a list) fails in set_mro_error (a dict of the candidates), and type_dealloc's
# remove_subclass makes and clears a KeyError. mro() of a class with two bases is the merge's
# list itself; of a class with one base, a tuple copied into a list.
import sys
g = sys.getallocatedblocks


A = type("A", (), {})
B = type("B", (A,), {})
C = type("C", (A,), {})
D = type("D", (B, C), {})


def attempt():
    try:
        class X(A, B):
            pass
    except TypeError as err:
        return str(err)


attempt()
b0 = g()
msg = attempt()
b1 = g()
print(msg.replace("\n", " "), b1 - b0)
r = D.mro()
b2 = g()
s = B.mro()
b3 = g()
print([k.__name__ for k in r], [k.__name__ for k in s], b2 - b1, b3 - b2)
del r, s
b4 = g()
t = D.mro()
u = D.mro()
print(g() - b4, t == u, type(t).__name__)
