# getsizeof of a dict as str keys are inserted: str-only tables are smaller from 3.11.
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(200):
    d['k' + str(i)] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
