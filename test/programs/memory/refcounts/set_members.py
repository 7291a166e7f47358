# A set holds one reference per distinct item.
import sys
x = 'item' + str(7)
s = {x}
print(sys.getrefcount(x))
s.add(x)
print(sys.getrefcount(x))
fs = frozenset(s)
print(sys.getrefcount(x))
s.discard(x)
print(sys.getrefcount(x))
