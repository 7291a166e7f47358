# getsizeof after slice assignments that grow and shrink a list.
import sys
lst = list(range(10))
print(sys.getsizeof(lst))
lst[2:3] = range(20)
print(len(lst), sys.getsizeof(lst))
lst[:] = []
print(len(lst), sys.getsizeof(lst))
lst[0:0] = [1, 2, 3]
print(len(lst), sys.getsizeof(lst))
lst[1:] = range(50)
print(len(lst), sys.getsizeof(lst))
del lst[5:]
print(len(lst), sys.getsizeof(lst))
