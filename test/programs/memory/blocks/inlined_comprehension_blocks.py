# Blocks a call takes while a list comprehension uses its function's local: up to 3.11 the
# comprehension is a function given a closure tuple of a cell; 3.12+ compile it into the
# function (PEP 709), whose code then holds the comprehension's names as its own locals.
import sys

blocks = sys.getallocatedblocks

def scaled(items, k):
    before = blocks()
    out = [x * k for x in items]
    return blocks() - before - 1

def scaled_pairs(rows, k):
    before = blocks()
    out = [[v * k for v in r] for r in rows]
    return blocks() - before - 1 - len(rows)

def makers(items):
    return [lambda: x for x in items]

def named(items):
    return [(y := x) for x in items], y

print(scaled([1, 2, 3], 7), scaled([1, 2, 3], 7))
print(scaled_pairs([[1], [2, 3]], 2), scaled_pairs([[1], [2, 3]], 2))
for f in (scaled, scaled_pairs, makers, named):
    c = f.__code__
    print(f.__name__, c.co_varnames, c.co_nlocals, c.co_cellvars, c.co_freevars)
print([m() for m in makers([4, 5])], named([6, 7]))
gen = [(n for n in range(k)) for k in (1, 2)][0]
print(gen.__qualname__ if hasattr(gen, '__qualname__') else gen.gi_code.co_name)
