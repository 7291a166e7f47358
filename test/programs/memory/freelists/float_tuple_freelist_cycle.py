# Free-list behaviour visible through getallocatedblocks and ids: floats and small tuples.
import sys

blocks = sys.getallocatedblocks

def floats(n):
    return [i * 0.5 for i in range(n)]

before = blocks()
xs = floats(200)
mid = blocks()
del xs
after = blocks()
print("200 floats", mid - before, after - before)
ys = floats(200)
print("again", blocks() - before)
del ys

before = blocks()
ts = [(i, i) for i in range(500)]
mid = blocks()
del ts
after = blocks()
print("500 pairs", mid - before, after - before)
ts = [(i, i) for i in range(500)]
print("again", blocks() - before)
del ts

before = blocks()
acc = 0.0
for i in range(1000):
    acc += i * 0.001
print("float accumulate", blocks() - before, round(acc, 3))

before = blocks()
for i in range(300):
    t = (i, str(i), [i])
del t
print("tuple churn", blocks() - before)
