# getsizeof of ASCII strings: the header plus one byte per character and the NUL.
import sys
for n in (0, 1, 2, 3, 7, 8, 15, 16, 31, 100, 1000):
    print(n, sys.getsizeof('a' * n), sys.getsizeof('xy' * n))
