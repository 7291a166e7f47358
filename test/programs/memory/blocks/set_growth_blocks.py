# Growing one set: one extra block once it leaves the smalltable.
import gc, sys
gc.collect()
gc.disable()
s = set()
b0 = sys.getallocatedblocks()
counts = []
for i in range(40):
    s.add(i)
    counts.append(sys.getallocatedblocks() - b0)
print(counts)
