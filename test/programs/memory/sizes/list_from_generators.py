# getsizeof of list() of a generator (no length hint): append-style growth.
import sys
for n in range(12):
    print(n, sys.getsizeof(list(x for x in range(n))))
