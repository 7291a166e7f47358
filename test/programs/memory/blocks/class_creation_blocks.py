# What a class statement keeps allocated: the heap type itself is too big for pymalloc,
# but its __dict__, its bases and MRO tuples, its descriptors and its entry among the
# base's subclasses are blocks.
import sys
g = sys.getallocatedblocks
b0 = g()
class C:
    pass
b1 = g()
class D(C):
    x = 1
b2 = g()
print(b1 - b0, b2 - b1)
