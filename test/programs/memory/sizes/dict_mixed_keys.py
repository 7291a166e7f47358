# A str-keyed dict that gets a non-str key changes its table kind from 3.11.
import sys
d = {'a': 1}
print(sys.getsizeof(d))
d[1] = 2
print(sys.getsizeof(d))
e = {1: 1}
e['a'] = 2
print(sys.getsizeof(e))
f = {}
for i in range(8):
    f['s' + str(i)] = i
f[0] = 0
print(sys.getsizeof(f))
