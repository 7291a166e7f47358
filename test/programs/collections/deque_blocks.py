# The pymalloc blocks a deque's work leaves (sys.getallocatedblocks deltas): its object is one,
# its 528-byte data blocks none (PyMem_Malloc past 512 bytes goes to the system allocator).
import sys
from collections import deque

def delta(f):
    before = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - before, r

print(delta(lambda: deque())[0])
n, keep = delta(lambda: deque(range(1000)))
print(n, sys.getsizeof(keep))
q = deque()
before = sys.getallocatedblocks()
for i in range(300):
    q.append(i * 1000)
print(sys.getallocatedblocks() - before, sys.getsizeof(q))
before = sys.getallocatedblocks()
while q:
    q.popleft()
print(sys.getallocatedblocks() - before, sys.getsizeof(q))
before = sys.getallocatedblocks()
for i in range(200):
    q.appendleft(str(i))
    if len(q) > 50:
        q.pop()
print(sys.getallocatedblocks() - before, len(q), sys.getsizeof(q))
w = deque(maxlen=10)
before = sys.getallocatedblocks()
for i in range(100):
    w.append(i * 1000)
print(sys.getallocatedblocks() - before, sys.getsizeof(w))
del w
before = sys.getallocatedblocks()
its = [iter(q), reversed(q)]
print(sys.getallocatedblocks() - before, [sys.getsizeof(x) for x in its])
del its
# The methods are looked up first: 3.10's type attribute cache may free a name as it fills
# (the slot depends on the name's address), which would count here.
rotate, clear = q.rotate, q.clear
before = sys.getallocatedblocks()
rotate(17)
rotate(-40)
clear()
print(sys.getallocatedblocks() - before, sys.getsizeof(q))
x = object()
before = sys.getrefcount(x)
d = deque([x] * 5)
print(sys.getrefcount(x) - before)
d.rotate(2)
d.pop()
print(sys.getrefcount(x) - before)
d.clear()
print(sys.getrefcount(x) - before)
a = deque([1])
ida = id(a)
del a
b = deque([2])
print(id(b) == ida)
