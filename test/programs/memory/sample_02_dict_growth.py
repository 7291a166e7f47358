# A dict's keys table doubles when it runs out of usable slots (two thirds of its
# size); deleting never shrinks it, clear() gives the memory back.
import sys

d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(100):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size

for i in range(90):
    del d[i]
print("after deleting 90 keys:", len(d), sys.getsizeof(d))
d.clear()
print("after clear():", sys.getsizeof(d))
