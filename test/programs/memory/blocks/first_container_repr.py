# The first repr of a container can leave a block behind (Py_ReprEnter's list and, up to 3.10,
# the name it is kept under); later ones leave only the string they return.
import sys

b0 = sys.getallocatedblocks()
r = repr([1, 2])
b1 = sys.getallocatedblocks()
r = repr([3, 4])
b2 = sys.getallocatedblocks()
r = repr({1: 2})
b3 = sys.getallocatedblocks()
print(b1 - b0, b2 - b1, b3 - b2)
