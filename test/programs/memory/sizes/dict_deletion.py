# Deleting keys never shrinks a dict; clear() returns it to the empty shared keys.
import sys
d = {i: i for i in range(20)}
print(sys.getsizeof(d))
for i in range(19):
    del d[i]
print(len(d), sys.getsizeof(d))
d.pop(19)
print(len(d), sys.getsizeof(d))
d[1] = 1
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
