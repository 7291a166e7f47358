# Building strings: each concatenation makes a new object; join makes one.
import sys
before = sys.getallocatedblocks()
parts = [str(i) for i in range(100)]
mid = sys.getallocatedblocks()
joined = "".join(parts)
after = sys.getallocatedblocks()
print(mid - before >= 100, after - mid)
acc = ""
b1 = sys.getallocatedblocks()
for p in parts[:10]:
    acc = acc + p
print(sys.getallocatedblocks() - b1, acc == joined[:11])
