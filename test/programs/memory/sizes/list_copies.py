# getsizeof of list copies: slicing, copy(), concatenation.
import sys
a = []
for i in range(13):
    a.append(i)
print(sys.getsizeof(a), sys.getsizeof(a[:]), sys.getsizeof(a.copy()))
print(sys.getsizeof(a + a), sys.getsizeof(a[2:7]), sys.getsizeof(a[::2]))
b = a * 2
b += a
print(sys.getsizeof(b))
