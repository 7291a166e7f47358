# Reading a code's local, cell or free names: up to 3.10 the code holds their tuples; 3.11 makes
# a new tuple on each read; 3.12+ make the struct of cached fields on the first such read
# (init_co_cached) and keep each tuple there once made.
import sys


def outer(a, b):
    c = a + b

    def inner():
        return c

    return inner


def first_reads(code, attrs):
    out = []
    for attr in attrs:
        before = sys.getallocatedblocks()
        value = getattr(code, attr)
        out.append((attr, sys.getallocatedblocks() - before, value))
        del value
    return out


inner = outer(1, 2)
print(first_reads(outer.__code__, ["co_varnames", "co_varnames", "co_cellvars", "co_freevars"]))
print(first_reads(inner.__code__, ["co_freevars", "co_varnames", "co_freevars"]))
kept = [outer.__code__.co_varnames for _ in range(3)]
print(kept[0] is kept[1], kept[0] == kept[2], sys.getrefcount(kept[0]) - len(kept))
