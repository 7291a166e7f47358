# gc.get_count() across a metaclass's first uses. A class whose metaclass is not type itself
# gets its MRO from the metaclass's mro() (typeobject.c mro_invoke): type.mro() makes the MRO
# tuple a list, and that list is copied into the MRO tuple.
import gc

gc.collect()
gc.disable()
base = gc.get_count()[0]


def show(label):
    global base
    print(label, gc.get_count()[0] - base)
    base = gc.get_count()[0]


class D:
    pass


show("class D")


class M(type):
    pass


show("class M(type)")


class C(metaclass=M):
    pass


show("class C(metaclass=M)")
c = C()
show("C()")
c2 = C()
show("C() again")


class C2(metaclass=M):
    pass


show("class C2(metaclass=M)")


class C3(C):
    pass


show("class C3(C)")


class N(type):
    pass


show("class N(type)")
X = N("X", (), {})
show("N('X', (), {})")
Y = N("Y", (D,), {})
show("N('Y', (D,), {})")


class C4(metaclass=N):
    pass


show("class C4(metaclass=N)")
print([k.__name__ for k in C3.mro()], type(C3.mro()).__name__)
