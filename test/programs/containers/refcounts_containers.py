# sys.getrefcount of objects as containers store, copy, slice and drop references to them
import sys
x = object()
base = sys.getrefcount(x)
lst = [x, x, x]
print(sys.getrefcount(x) - base)
t = tuple(lst)
print(sys.getrefcount(x) - base)
d = {1: x, 2: x}
s = {x}
print(sys.getrefcount(x) - base)
copy = lst[:]
print(sys.getrefcount(x) - base)
del lst[0]
print(sys.getrefcount(x) - base)
lst.clear()
print(sys.getrefcount(x) - base)
del t, d, s, copy
print(sys.getrefcount(x) - base)
key = object()
kb = sys.getrefcount(key)
m = dict.fromkeys([key], key)
print(sys.getrefcount(key) - kb)
m.pop(key)
print(sys.getrefcount(key) - kb)
items = [key] * 5
items.sort(key=id)
print(sys.getrefcount(key) - kb)
r = sorted(items)
print(sys.getrefcount(key) - kb)
del items, r
print(sys.getrefcount(key) - kb)
