# getsizeof of a set as items are added: the 8-slot smalltable, then a separate table.
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(300):
    s.add(i)
    g = sys.getsizeof(s)
    if g != last:
        print(len(s), g)
        last = g
