# getsizeof while a list shrinks by pop(): reallocated once it is under half full.
import sys
lst = [0] * 100
last = sys.getsizeof(lst)
print(len(lst), last)
while lst:
    lst.pop()
    s = sys.getsizeof(lst)
    if s != last:
        print(len(lst), s)
        last = s
