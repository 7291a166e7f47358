# getsizeof of a list grown by extend with lists, tuples and ranges of several lengths.
import sys
for chunk in (1, 2, 3, 5, 10, 17):
    lst = []
    sizes = []
    for _ in range(6):
        lst.extend([0] * chunk)
        sizes.append(sys.getsizeof(lst))
    print(chunk, sizes)
a = []
a.extend((1, 2, 3))
b = []
b.extend(range(7))
print(sys.getsizeof(a), sys.getsizeof(b))
