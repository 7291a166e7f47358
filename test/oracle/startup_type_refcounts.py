# The reference counts start-up leaves on the static types, read before the script takes any:
# every type reachable from object through __subclasses__, one "name=count" per line, the
# name as its tp_name reads ("int", "sys.version_info"); "immortal" for 3.12+'s static
# builtin types, "heap N" for a type made by a class statement or PyType_FromSpec (whose
# instances hold it).
import sys

PROBE = 4 if sys.version_info < (3, 11) else 3
HEAPTYPE = 1 << 9


def name(t):
    m = t.__module__
    return t.__name__ if m == 'builtins' else '%s.%s' % (m, t.__name__)


def count(o):
    # As test/oracle/startup_refcounts.py's: the list's reference, this parameter and
    # getrefcount's argument, and up to 3.10 the argument on the caller's stack.
    n = sys.getrefcount(o)
    return 'immortal' if n >= 1 << 31 else str(n - PROBE)


def main():
    # The walk keeps each type once, in a dict by id: only the list below holds them when they are read.
    found = {}
    todo = [object]
    while todo:
        t = todo.pop()
        if id(t) not in found:
            found[id(t)] = t
            todo += type.__subclasses__(t)
        t = None
    types = list(found.values())
    found = None
    out = []
    for i in range(len(types)):
        out += ['%s=%s%s' % (name(types[i]), 'heap ' if types[i].__flags__ & HEAPTYPE else '', count(types[i]))]
    print('\n'.join(sorted(set(out))))


main()
