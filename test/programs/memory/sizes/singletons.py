# getsizeof of None, Ellipsis, NotImplemented, True and object().
import sys
print(sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(object()))
