# Emptying a list by pop: up to 3.11 list_resize reallocs its items to 0 bytes, which pymalloc
# hands to the raw allocator: that block is counted by getallocatedblocks (net 0), and the list
# then grows in it; from 3.12 the items are freed (net -1). del and remove clear it instead.
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

# Emptied by del or remove, a list is cleared instead (list_ass_slice: _list_clear frees the items);
# 3.13 deletes an item without resizing at all.
e = [7]
f = [8]
r[0] = g()
del e[0]
r[1] = g()
f.remove(8)
r[2] = g()
e.append(1)
r[3] = g()
print(r[1] - r[0], r[2] - r[1], r[3] - r[2])
l = list(range(1000, 1100))
b = sys.getallocatedblocks()
for i in range(95):
    del l[0]
print(sys.getallocatedblocks() - b, sys.getsizeof(l))
