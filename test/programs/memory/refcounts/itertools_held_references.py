# What each itertools object holds and when it lets go (Modules/itertoolsmodule.c): chain
# holds its argument tuple's iterator and the active iterator, islice and pairwise drop
# their iterator at the end, zip_longest drops each exhausted iterator, accumulate keeps its
# running total, takewhile/dropwhile/filterfalse/starmap hold their function.
import sys
from itertools import accumulate, chain, compress, dropwhile, filterfalse, islice, starmap, takewhile, zip_longest

rc = sys.getrefcount
a = [1, 2]
b = [3]
print(rc(a), rc(b))
ch = chain(a, b)
print(rc(a), rc(b))
print(next(ch), rc(a))
print(list(ch), rc(a), rc(b))
del ch
print(rc(a), rc(b))
src = iter(a)
print(rc(src))
s = islice(src, 5)
print(rc(src), list(s), rc(src))
lists = [[1, 2], [3]]
its = [iter(x) for x in lists]
print([rc(i) for i in its])
z = zip_longest(*its)
print([rc(i) for i in its], next(z), next(z), [rc(i) for i in its])
del z
def key(v):
    return v % 2
print(rc(key))
tw = takewhile(key, [1, 3, 4, 5])
dw = dropwhile(key, [1, 3, 4, 5])
ff = filterfalse(key, range(6))
sm = starmap(key, [(1,)])
print(rc(key), list(tw), list(dw), list(ff), list(sm))
del tw, dw, ff, sm
print(rc(key))
total = 10 ** 20
acc = accumulate([total, 1])
print(rc(total), next(acc) is total, rc(total))
print(next(acc), rc(total))
print(list(compress('abcdef', [1, 0, 1, 0, 1])))
if sys.version_info >= (3, 10):
    from itertools import pairwise
    it = iter('abc')
    pw = pairwise(it)
    print(rc(it), list(pw), rc(it))
else:
    print(3, [('a', 'b'), ('b', 'c')], 2)
