# sys.getsizeof of each itertools object (Modules/itertoolsmodule.c): its struct and GC
# head, plus the index arrays product, permutations and the combinations count in
# __sizeof__; 3.12 adds the module state to accumulate, groupby and _tee, 3.13 a result
# to pairwise and strict to batched. Every one is tracked by the collector from birth.
import gc
import sys
import itertools as it

data = [1, 2, 3]
objs = [
    ('count', it.count()), ('count float', it.count(1.5, 0.5)), ('repeat', it.repeat(1)), ('repeat n', it.repeat(1, 3)),
    ('chain', it.chain(data, data)), ('from_iterable', it.chain.from_iterable([data])), ('islice', it.islice(data, 1)),
    ('zip_longest', it.zip_longest(data, data)), ('product', it.product(data, data)), ('product()', it.product()),
    ('product repeat', it.product(data, repeat=3)), ('permutations', it.permutations(data)),
    ('permutations r', it.permutations(data, 2)), ('combinations', it.combinations(data, 2)),
    ('combinations r0', it.combinations(data, 0)), ('cwr', it.combinations_with_replacement(data, 3)),
    ('accumulate', it.accumulate(data)), ('groupby', it.groupby(data)), ('starmap', it.starmap(pow, [])),
    ('takewhile', it.takewhile(bool, data)), ('dropwhile', it.dropwhile(bool, data)),
    ('filterfalse', it.filterfalse(None, data)), ('compress', it.compress(data, data)), ('cycle', it.cycle(data)),
    ('tee', it.tee(data)[0]),
]
if sys.version_info >= (3, 10):
    objs.append(('pairwise', it.pairwise(data)))
if sys.version_info >= (3, 12):
    objs.append(('batched', it.batched(data, 2)))
for name, o in objs:
    print(name, type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
k, grp = next(it.groupby(data))
print('_grouper', type(grp).__name__, sys.getsizeof(grp), gc.is_tracked(grp))
print(sys.getsizeof(it.tee(data)), sys.getsizeof(it.tee(data, 5)))
