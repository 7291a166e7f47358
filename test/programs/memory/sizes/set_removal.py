# Removing set items never shrinks the table; clear() does.
import sys
s = set(range(40))
print(sys.getsizeof(s))
for i in range(39):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
t = set(range(40))
while t:
    t.pop()
print(sys.getsizeof(t))
