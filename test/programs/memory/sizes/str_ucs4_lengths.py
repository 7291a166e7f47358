# getsizeof of UCS-4 strings: four bytes per character.
import sys
for n in (1, 2, 3, 10, 100):
    print(n, sys.getsizeof('\U0001f600' * n))
print(sys.getsizeof('smile \U0001f600'))
