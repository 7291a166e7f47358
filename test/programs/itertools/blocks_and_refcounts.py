# Everyday uses of each iterator with blocks and refcounts around them: count, repeat,
# chain, islice, zip_longest, product, permutations, combinations, accumulate, starmap,
# takewhile, dropwhile, filterfalse, compress, cycle.
import sys, gc
import itertools
from itertools import count, repeat, chain, islice, zip_longest, product, permutations, combinations, combinations_with_replacement, accumulate, starmap, takewhile, dropwhile, filterfalse, compress, cycle

def blocks(label, f):
    b = sys.getallocatedblocks()
    r = f()
    print(label, sys.getallocatedblocks() - b)
    return r

data = [10, 20, 30]
print('rc', sys.getrefcount(data))
c = blocks('count', lambda: count())
print('rc', sys.getrefcount(data))
r = blocks('repeat', lambda: repeat(data, 3))
print('rc', sys.getrefcount(data), list(r), sys.getrefcount(data))
ch = blocks('chain', lambda: chain(data, data))
print('rc', sys.getrefcount(data))
print(blocks('chain-list', lambda: list(ch)), sys.getrefcount(data))
del ch
ch = chain.from_iterable([data, data]); print(list(ch), sys.getrefcount(data))
s = blocks('islice', lambda: islice(data, 1, None))
print(sys.getrefcount(data), list(s), sys.getrefcount(data))
z = blocks('zip_longest', lambda: zip_longest(data, 'ab', fillvalue=0))
a1 = next(z); a2 = next(z); print(a1 is a2, a1, a2)
i1 = id(next(z)); i2 = id(next(z)) if False else None
z = zip_longest(data, 'ab')
ids = set(id(t) for t in z); print('zl ids', len(ids))
p = blocks('product', lambda: product('ab', repeat=2))
ids = set(id(t) for t in p); print('prod ids', len(ids))
p = product(data, data)
x = next(p); y = next(p); print(x is y, x, y)
del x
y2 = next(p); print(y2 is y, y2)
print(blocks('perm-list', lambda: len(list(permutations(data)))))
pm = blocks('perm', lambda: permutations(data, 2))
print([t for t in pm])
cb = blocks('comb', lambda: combinations(data, 2)); print(list(cb))
cw = blocks('cwr', lambda: combinations_with_replacement(data, 2)); print(list(cw))
ids = set(id(t) for t in combinations(range(6), 3)); print('comb ids', len(ids))
t = next(combinations(data, 2)); print(gc.is_tracked(t))
ac = blocks('accumulate', lambda: accumulate(data)); print(list(ac))
print(list(accumulate(data, initial=5)), list(accumulate([1,2,3], lambda a, b: a*b)))
print(list(starmap(pow, [(2, 3), [3, 2]])))
print(list(takewhile(lambda v: v < 25, data)), list(dropwhile(lambda v: v < 25, data)))
print(list(filterfalse(None, [0, 1, 2, 0])), list(compress(data, [1, 0, 1])))
cy = cycle('ab'); print([next(cy) for _ in range(5)])
print(sys.getsizeof(product(data, data)), sys.getsizeof(combinations(data, 2)))
b = sys.getallocatedblocks()
for t in product(range(3), range(3)):
    pass
print('loop', sys.getallocatedblocks() - b)
b = sys.getallocatedblocks()
keep = [t for t in combinations(range(5), 2)]
print('keep', sys.getallocatedblocks() - b, len(keep))
print(repr(count(3)), repr(repeat(data, 2)))
print(sys.getrefcount(data))
