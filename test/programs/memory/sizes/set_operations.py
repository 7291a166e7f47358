# getsizeof of sets made by union, intersection, difference and copy().
import sys
a = set(range(10))
b = set(range(5, 30))
print(sys.getsizeof(a | b), sys.getsizeof(a & b), sys.getsizeof(a - b), sys.getsizeof(b - a))
print(sys.getsizeof(a.copy()), sys.getsizeof(b.copy()))
c = set()
c.update(b)
print(sys.getsizeof(c))
c |= set(range(100))
print(sys.getsizeof(c))
