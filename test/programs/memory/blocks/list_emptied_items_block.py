# Emptying a list by pop: up to 3.11 list_resize reallocs its items to 0 bytes, which pymalloc
# hands to the raw allocator: that block is counted by getallocatedblocks (net 0), and the list
# then grows in it; from 3.12 the items are freed (net -1).
import sys
g = sys.getallocatedblocks
a = [1, 2]
r = [0, 0, 0, 0]
r[0] = g()
a.pop()
r[1] = g()
a.pop()
r[2] = g()
a.append(3)
r[3] = g()
print(r[1] - r[0], r[2] - r[1], r[3] - r[2])

a = [1, 2]
b = sys.getallocatedblocks()
a.pop()
print(sys.getallocatedblocks() - b)
a.pop()
print(sys.getallocatedblocks() - b)
a.append(3)
print(sys.getallocatedblocks() - b)
c = [1, 2, 3]
b = sys.getallocatedblocks()
del c[:]
print(sys.getallocatedblocks() - b)
c.clear()
d = [5]
b = sys.getallocatedblocks()
d.clear()
print(sys.getallocatedblocks() - b)
