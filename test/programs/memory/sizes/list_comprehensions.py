# getsizeof of list comprehensions: they grow by appending.
import sys
for n in (0, 1, 4, 5, 8, 9, 10, 16, 17, 25, 100):
    print(n, sys.getsizeof([i for i in range(n)]))
print(sys.getsizeof([i for i in range(20) if i % 2]))
