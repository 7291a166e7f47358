# groupby's groups (_grouper objects sharing their parent's current value; only the newest
# yields) and tee's copies sharing 57-value teedataobject links: blocks, refcounts, results.
import sys, gc
from itertools import groupby, tee

def delta(label, f):
    b = sys.getallocatedblocks()
    r = f()
    print(label, sys.getallocatedblocks() - b)
    return r

words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print(sys.getrefcount(words), sys.getrefcount(len))
g = delta('groupby', lambda: groupby(words, key=len))
print(sys.getrefcount(words), sys.getrefcount(len))
for k, grp in groupby(words, key=lambda w: w[0]):
    print(k, list(grp), sys.getrefcount(grp))
g = groupby('aaabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), gc.is_tracked(g1))
print([(k, len(list(v))) for k, v in groupby(sorted('mississippi'))])
b = sys.getallocatedblocks()
r = [k for k, _ in groupby(range(10), key=lambda x: x // 3)]
print('gb list', sys.getallocatedblocks() - b, r)
data = [1, 2, 3, 4, 5]
print(sys.getrefcount(data))
a, b2 = delta('tee', lambda: tee(data))
print(sys.getrefcount(data), sys.getsizeof(a), type(a).__name__)
print(list(a), next(b2), list(b2))
t3 = delta('tee3', lambda: tee(iter(range(100)), 3))
x = delta('drain', lambda: list(t3[0]))
print(len(x), next(t3[1]), sum(t3[2]))
del x
y = delta('drain2', lambda: list(t3[1]))
del t3
c, d = tee('abc')
e, f = tee(c)
print(list(e), list(f), list(d))
print(tee([1], 0), len(tee([1], 5)))
try:
    tee([1], -1)
except ValueError as ex:
    print(ex)
it = iter(range(10))
a, b3 = tee(it)
print(sys.getrefcount(it))
del a, b3
print(sys.getrefcount(it))
