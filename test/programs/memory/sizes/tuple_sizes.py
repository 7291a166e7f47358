# getsizeof of tuples: the GC head, the header and one pointer per item.
import sys
print(sys.getsizeof(()))
for n in (1, 2, 3, 5, 10, 100):
    print(n, sys.getsizeof(tuple(range(n))))
print(sys.getsizeof((1, 2)), sys.getsizeof(('a', 'b', 'c')))
t = (1, [2], 'x')
print(sys.getsizeof(t), sys.getsizeof(t + t), sys.getsizeof(t * 3))
