# 3.8's float floor division takes float_divmod's (quotient, remainder) tuple apart
# (Objects/floatobject.c float_floor_div): the remainder and the tuple go to their free lists,
# so a later float takes a parked block. 3.9+ make only the quotient.
import sys
B = sys.getallocatedblocks
v = 7.5
b = B()
w = v // 1
print(B() - b)
b = B()
x = int(w)
print(B() - b)
b = B()
y = int(v // 1)
print(B() - b)
b = B()
z = v * 3
print(B() - b)
out = []
keep = []
for i in range(8):
    b = B()
    keep.append(v // 2)
    keep.append(i + 0.5)
    out.append(B() - b)
print(out)
r = v // 3
d = divmod(v, 2)
print(r, d, v // -2, -v // 2)
