# Reading a class's __dict__ by name allocates nothing; missing keys raise KeyError; __del__ and __hash__ results.
import sys
class C:
    x = 1
    def m(self): pass
d = C.__dict__
b = sys.getallocatedblocks()
for i in range(100):
    v = d['x']
    t = 'm' in d
print(sys.getallocatedblocks() - b, v, t, 'y' in d, 1 in d)
try:
    d['nope']
except KeyError as e:
    print(repr(e))
try:
    d[1]
except KeyError as e:
    print(repr(e))
print(sys.getrefcount(C.__dict__['x']) > 0, len(d), sorted(k for k in d if not k.startswith('__')))
class K:
    def __del__(self): print('del', sys.getrefcount(self))
k = K(); del k
print(hash(type('H', (), {'__hash__': lambda s: -1})()), hash(type('H', (), {'__hash__': lambda s: 2**70})()), hash(type('H', (), {'__hash__': lambda s: 12345})()))
print(len(range(2**62)), range(10).__len__())
