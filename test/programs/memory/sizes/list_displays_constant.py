# getsizeof of list displays of constants: the compiler's choice of opcodes shows.
import sys
print(sys.getsizeof([]))
print(sys.getsizeof([1]))
print(sys.getsizeof([1, 2]))
print(sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([1, 2, 3, 4]))
print(sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof([1, 2, 3, 4, 5, 6, 7]))
print(sys.getsizeof([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))
print(sys.getsizeof(['a', 'b', 'c']))
