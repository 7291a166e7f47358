# product, combinations, combinations_with_replacement, permutations and zip_longest hand
# out one result tuple again and again while nobody else holds it (Py_REFCNT(result) == 1);
# a result the script keeps makes the next call copy it first. pairwise reuses its result
# from 3.13 only. A tuple the collector untracked is tracked again when it is recycled.
import gc
import sys
from itertools import combinations, combinations_with_replacement, permutations, product, zip_longest

print(len({id(t) for t in product(range(3), repeat=3)}))
print(len({id(t) for t in combinations(range(6), 3)}))
print(len({id(t) for t in combinations_with_replacement('abc', 2)}))
print(len({id(t) for t in permutations('abcd')}))
print(len({id(t) for t in zip_longest('abc', 'de', 'f')}))

p = product('ab', 'xy')
first = next(p)
second = next(p)
print(first is second, first, second)
del first
third = next(p)
print(third is second, second, third)
del second
fourth = next(p)
print(fourth is third, third, fourth)

kept = list(combinations('abcd', 2))
print(len(kept), len(set(map(id, kept))), kept[0], kept[-1])

z = zip_longest([1, 2, 3], 'a', fillvalue='-')
one = next(z)
oid = id(one)
del one
two = next(z)
print(id(two) == oid, two)

gc.disable()
c = combinations((1, 2, 3), 2)
t = next(c)
print(gc.is_tracked(t))
del t
gc.collect()
t = next(c)
print(gc.is_tracked(t), t)
del t

if sys.version_info >= (3, 10):
    from itertools import pairwise
    ids = {id(t) for t in pairwise(range(10))}
    print('pairwise', len(ids) == 1 if sys.version_info >= (3, 13) else len(ids) > 1)
    pw = pairwise('abcd')
    a = next(pw)
    b = next(pw)
    print(a is b, a, b)
else:
    print('pairwise', True)
    print(False, ('a', 'b'), ('b', 'c'))
