# getsizeof while an appended list shrinks by pop(0) and pop().
import sys
lst = []
for i in range(100):
    lst.append(i)
last = sys.getsizeof(lst)
print(len(lst), last)
while lst:
    lst.pop(0) if len(lst) % 2 else lst.pop()
    s = sys.getsizeof(lst)
    if s != last:
        print(len(lst), s)
        last = s
