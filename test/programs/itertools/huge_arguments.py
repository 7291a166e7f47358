# Combinatoric iterators asked for more indices than PyMem_New gives (past PY_SSIZE_T_MAX / 8:
# NULL, PyErr_NoMemory), product's repeat refused before (OverflowError), r past a Py_ssize_t,
# and r > n asking only for r indices: the exceptions, and the blocks each call leaves.
import sys
from itertools import combinations, combinations_with_replacement, permutations, product

g = sys.getallocatedblocks


def t(label, f):
    b = g()
    try:
        r = f()
        print(label, type(r).__name__, list(r), sys.getsizeof(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
    print(label, 'blocks', g() - b)


# The first MemoryError of a run, left unmeasured.
try:
    [0] * 2 ** 62
except MemoryError:
    pass
t('comb 2**62', lambda: combinations(range(3), 2 ** 62))
t('comb 2**60', lambda: combinations(range(3), 2 ** 60))
t('cwr 2**61', lambda: combinations_with_replacement('ab', 2 ** 61))
t('perm 2**62', lambda: permutations(range(3), 2 ** 62))
t('prod 2**62', lambda: product(range(2), repeat=2 ** 62))
t('prod 2**60', lambda: product(range(2), repeat=2 ** 60))
t('prod 2**59 two', lambda: product(range(2), range(3), repeat=2 ** 59))
t('comb 2**63', lambda: combinations(range(3), 2 ** 63))
t('perm -1', lambda: permutations(range(3), -1))
t('comb r > n', lambda: combinations(range(3), 5))
t('perm r > n', lambda: permutations(range(3), 1000))
t('cwr empty', lambda: combinations_with_replacement([], 100))
t('prod 0', lambda: product(range(2), repeat=0))
