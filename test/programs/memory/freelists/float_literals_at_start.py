# The parser's float objects live until the script ends, in blocks taken off the float free
# list that start-up left: floats made at run time then need new blocks sooner.
import sys

scale = 2.5
offset = -0.5
weights = [0.25, 0.75]
print(scale * 2, offset, weights)

b0 = sys.getallocatedblocks()
xs = [i * scale + offset for i in range(8)]
print(sys.getallocatedblocks() - b0, len(xs))
del xs
b1 = sys.getallocatedblocks()
ys = [i / 4 for i in range(8)]
print(sys.getallocatedblocks() - b1, ys[-1])
