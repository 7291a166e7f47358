# getsizeof of Latin-1 strings (characters 128-255): the compact header, one byte each.
import sys
for n in (2, 3, 10, 100):
    print(n, sys.getsizeof('\xe9' * n), sys.getsizeof('\xff' * n))
print(sys.getsizeof('caf\xe9'), sys.getsizeof('na\xefve'))
