# zip's result tuple: reused while only the zip holds it; otherwise each step makes a new one,
# and the step that finds an iterator exhausted has already made it (then frees it onto the
# tuple free list). A collection may untrack the recycled tuple; zip tracks it again (bpo-42536).
import gc
import sys

drain = [(i, i) for i in range(100)]  # empties the free list of 2-tuples
z = zip([1, 2], "ab")
first = next(z)
second = next(z)
print(first is not second)
before = sys.getallocatedblocks()
print(next(z, None))
print("blocks left by the exhausting step:", sys.getallocatedblocks() - before)

z = zip([1, 2, 3], [4, 5, 6])
r = next(z)
rid = id(r)
del r
gc.collect()
r = next(z)
print(id(r) == rid, gc.is_tracked(r))
pairs = list(zip(range(5), "abcde"))
print(pairs, len(drain))
