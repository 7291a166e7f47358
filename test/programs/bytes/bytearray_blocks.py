# sys.getallocatedblocks deltas of a bytearray's separate buffer as it is created, grown,
# moved and freed. Each figure compares two measurements of the same shape (a function
# returning a bytearray, or a list of them), so only the buffers differ; every function is
# run once before it is measured (3.8-3.10 keep a cached frame per code object).
import sys

def delta(make, *args):
    before = sys.getallocatedblocks()
    keep = make(*args)
    return sys.getallocatedblocks() - before

def appended(n):
    b = bytearray()
    for i in range(n):
        b.append(i % 256)
    return b

def front_deleted(n, k):
    b = appended(n)
    del b[:k]
    return b

def cleared(n):
    b = appended(n)
    b.clear()
    return b

def empties(n):
    return [bytearray() for i in range(n)]

def filled(n):
    return [bytearray(b'x' * i) for i in range(n)]

def copies(n):
    return [appended(i).copy() for i in range(n)]

for f, args in ((appended, (3,)), (front_deleted, (10, 2)), (cleared, (3,)), (empties, (2,)), (filled, (2,)), (copies, (2,))):
    delta(f, *args)
empty = delta(appended, 0)
for n in (1, 8, 100, 511, 600, 5000):
    print('appended', n, delta(appended, n) - empty, sys.getsizeof(appended(n)))
for n, k in ((600, 550), (600, 10), (100, 99)):
    print('front deleted', n, k, delta(front_deleted, n, k) - empty, sys.getsizeof(front_deleted(n, k)))
print('cleared', delta(cleared, 600) - empty, sys.getsizeof(cleared(600)))
none20 = delta(empties, 20)
print('twenty buffers', delta(filled, 20) - none20)
print('twenty copies', delta(copies, 20) - none20)
