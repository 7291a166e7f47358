# type.mro() (type_mro_impl): a new list of the MRO each call, freed with its last reference.
import sys


class A:
    pass


class B(A):
    pass


B.mro()
b0 = sys.getallocatedblocks()
B.mro()
b1 = sys.getallocatedblocks()
print("B.mro()", b1 - b0)
b0 = sys.getallocatedblocks()
m = B.mro()
b1 = sys.getallocatedblocks()
print("m = B.mro()", b1 - b0, [k.__name__ for k in m])
del m
