# getsizeof of a dict as int keys are inserted: resizes at 6, 11, 22, 43, 86.
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(200):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
