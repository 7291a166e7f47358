# getsizeof of UCS-2 strings: two bytes per character.
import sys
for n in (1, 2, 3, 10, 100):
    print(n, sys.getsizeof('\u20ac' * n), sys.getsizeof('\u4e2d' * n))
print(sys.getsizeof('price: 5\u20ac'))
