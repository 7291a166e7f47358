# What the combinatoric iterators allocate (Modules/itertoolsmodule.c): the object, its
# pool tuples (PySequence_Tuple of each argument), its PyMem index arrays (PyMem_Malloc(0)
# too) and its first result tuple; after that a loop that drops each result allocates
# nothing, and keeping the results costs one tuple each. (Tuples of 1 to 6 items are made
# and dropped first: what the import left on the tuple free lists is not the model's.)
import sys

g = sys.getallocatedblocks
from itertools import combinations, combinations_with_replacement, permutations, product

warm = [tuple(range(n)) for n in range(1, 7) for _ in range(8)]
del warm

letters = 'abcd'
b = g()
p = product(letters, range(3))
print('product', g() - b)
b = g()
first = next(p)
print('first result', g() - b)
b = g()
for t in p:
    pass
print('rest, dropped', g() - b)
del first, p, t
b = g()
e = product()
print('product()', g() - b, list(e))
del e
b = g()
pm = permutations(range(5), 3)
print('permutations', g() - b)
b = g()
n = sum(1 for _ in pm)
print(n, 'dropped', g() - b)
del pm
b = g()
cs = combinations([10, 20, 30, 40], 2)
print('combinations', g() - b)
b = g()
kept = list(cs)
print(len(kept), 'kept', g() - b)
del cs, kept
b = g()
cw = combinations_with_replacement(range(3), 0)
print('cwr r=0', g() - b, list(cw))
del cw
b = g()
for r in range(4):
    for t in combinations(range(6), r):
        pass
print('loop', g() - b)
