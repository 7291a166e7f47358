# A class whose own dict defines __eq__ and not __hash__ gets __hash__ = None in its dict, after
# __doc__ (inherit_slots' overrides_hash, type_ready_set_hash), even if a base defines __hash__;
# a subclass defining neither inherits the base's hashing and gets no entry.
class Frac:
    def __init__(self, n, d=1):
        pass
    def __add__(self, o):
        pass
    def __mul__(self, o):
        pass
    def __eq__(self, o):
        pass
    def __repr__(self):
        pass
print(list(Frac.__dict__))
class G:
    def __eq__(self, o):
        pass
print(list(G.__dict__))
class A:
    def __eq__(self, o): return True
    def __hash__(self): return 1
class B(A):
    def __eq__(self, o): return False
class C(A):
    pass
class D(G):
    pass
print(B.__hash__, C.__hash__ is A.__hash__, D.__hash__, '__hash__' in B.__dict__, '__hash__' in D.__dict__)
for k in (A(), C()):
    print(hash(k))
for k in (B(), D(), G()):
    try:
        hash(k)
    except TypeError as e:
        print(e)
