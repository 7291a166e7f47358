# A dict holds references to its keys and values.
import sys
k = 'key' + str(1)
v = object()
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d['other'] = v
print(sys.getrefcount(v))
e = dict(d)
print(sys.getrefcount(k), sys.getrefcount(v))
del d[k]
print(sys.getrefcount(k), sys.getrefcount(v))
e.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
