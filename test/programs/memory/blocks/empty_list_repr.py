# repr of an empty list is "[]" before the recursion guard (list_repr), so it does not make the
# thread's "Py_Repr" list; an empty dict, set or frozenset enters the guard first.
import sys

for make in (list, tuple, dict, set, frozenset, list):
    e = make()
    s = str(e)
    before = sys.getallocatedblocks()
    keep = [[] for _ in range(20)]
    print(make.__name__, s, sys.getallocatedblocks() - before)
    del keep
