# getsizeof of a list grown by insert at the front and in the middle.
import sys
lst = []
sizes = []
for i in range(40):
    lst.insert(0, i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
mid = [1, 2]
for i in range(20):
    mid.insert(1, i)
print(sys.getsizeof(mid))
