# getsizeof of set displays and set comprehensions.
import sys
print(sys.getsizeof({1}), sys.getsizeof({1, 2, 3}))
print(sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof({1, 2, 3, 4, 5, 6, 7, 8}))
a, b, c = 1, 2, 3
print(sys.getsizeof({a, b, c}))
print(sys.getsizeof({i for i in range(5)}), sys.getsizeof({i for i in range(20)}))
