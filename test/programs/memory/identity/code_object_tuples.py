# A code object's names, constants and flags: co_consts and co_names are tuples the code holds
# (the same object on every read); co_varnames, co_cellvars and co_freevars are held up to
# 3.10, made anew on each read by 3.11 and made once then cached from 3.12. Their items are the
# interned names and the constants the code uses.
import sys


def outer(a, b=2, *args, key=None, **kw):
    "doc"
    total = a + b + len(args)
    label = "total"

    def inner():
        return total + 1

    return inner, label


def plain(x):
    return x * 2.5


gen = (i for i in range(3))
blocks = sys.getallocatedblocks

for code in (outer.__code__, outer(1)[0].__code__, plain.__code__, gen.gi_code, (lambda: 0).__code__):
    print(code.co_name, code.co_flags, code.co_argcount, code.co_kwonlyargcount, code.co_nlocals)
    print("  names", code.co_names, "varnames", code.co_varnames, "cells", code.co_cellvars, "free", code.co_freevars)
    print("  consts", [c for c in code.co_consts if not hasattr(c, "co_name")])
    print("  same tuple", code.co_consts is code.co_consts, code.co_names is code.co_names)

code = plain.__code__
print("2.5 is the code's constant", code.co_consts[-1] is code.co_consts[-1])
print("varname is the interned name", code.co_varnames[0] is outer.__code__.co_cellvars[0] or code.co_varnames[0] == "x")
print("outer's label constant is its own", outer(1)[1] is [c for c in outer.__code__.co_consts if c == "total"][0])

# Reading co_varnames: the blocks each read leaves, three reads of a code not read before.
fresh = outer(5)[0].__code__
deltas = []
for _ in range(3):
    before = blocks()
    names = fresh.co_varnames
    deltas.append(blocks() - before)
    del names
print("co_varnames reads", deltas)
before = blocks()
consts = plain.__code__.co_consts
print("co_consts read", blocks() - before)
