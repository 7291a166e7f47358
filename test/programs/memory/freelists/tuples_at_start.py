# Tuples made at a script's start take the blocks compiling the script left on the
# per-length free lists: 30 new tuples of each length add only what their list lacked.
import sys
srcs = [[7] * k for k in range(1, 10)]
hold = [None] * 30
for k in range(1, 10):
    src = srcs[k - 1]
    before = sys.getallocatedblocks()
    for i in range(30):
        hold[i] = tuple(src)
    print(k, sys.getallocatedblocks() - before)
label = (1.5, 2.5, 'x')
print(label)
