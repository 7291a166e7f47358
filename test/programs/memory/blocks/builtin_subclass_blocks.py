# An int or tuple subclass instance is one block; a str subclass instance is two (the
# object and its character buffer); all are freed with the instance.
import sys
g = sys.getallocatedblocks
class I(int): pass
class S(str): pass
class T(tuple): pass
keep = []
for cls, arg in ((I, 1000), (S, 'text'), (T, (1, 2, 3))):
    keep.clear()
    b0 = g()
    for i in range(50):
        keep.append(cls(arg))
    b1 = g()
    keep.clear()
    b2 = g()
    print(cls.__name__, b1 - b0, b2 - b0)
