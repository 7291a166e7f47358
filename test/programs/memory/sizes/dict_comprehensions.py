# getsizeof of dict comprehensions with int and str keys.
import sys
for n in (0, 1, 5, 6, 10, 11, 21, 22, 50):
    print(n, sys.getsizeof({i: None for i in range(n)}), sys.getsizeof({str(i): None for i in range(n)}))
