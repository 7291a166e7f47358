# Overwriting values and re-inserting deleted keys: when a dict resizes without growing.
import sys
d = {}
for i in range(5):
    d[i] = i
print(sys.getsizeof(d))
for r in range(3):
    for i in range(5):
        d[i] = r
print(sys.getsizeof(d))
for i in range(4):
    del d[i]
d[100] = 1
print(sys.getsizeof(d))
for i in range(10):
    d[i + 200] = i
    del d[i + 200]
print(len(d), sys.getsizeof(d))
