# dict.keys()/values()/items() views hold the dict, not the items.
import sys
d = {'a': 1}
print(sys.getrefcount(d))
k = d.keys()
v = d.values()
print(sys.getrefcount(d))
items = list(d.items())
print(sys.getrefcount(d))
del k, v
print(sys.getrefcount(d))
