# The names python3 puts in __main__ when it runs a file, and what that dict weighs:
# a script's first globals resize it where CPython's resizes.
import sys
print(sorted(globals()))
print(__doc__, __package__, __spec__, __cached__, __annotations__, __name__)
print(sys.getsizeof(globals()), len(globals()))
a = b = c = 1
print(sys.getsizeof(globals()), len(globals()))
d = e = f = g = h = i = j = k = l = m = n = 2
print(sys.getsizeof(globals()), len(globals()))
