# Up to 3.10 each code object counts its runs; the 1024th gives it an opcache
# (ceval.c OPCACHE_MIN_RUNS, codeobject.c _PyCode_InitOpcache): a byte per code unit and
# a 32-byte cache per LOAD_GLOBAL (3.10: and LOAD_ATTR), kept only if it has any.
import sys
g = 5
def f():
    return g + 1
def no_globals(x):
    return x + 1
def deltas(fn, *args):
    out = []
    for i in range(1100):
        b = sys.getallocatedblocks()
        fn(*args)
        d = sys.getallocatedblocks() - b
        if d:
            out.append((i, d))
    return out
print(deltas(f))
print(deltas(no_globals, 3))
# The count is per code object: a second function of the same code goes on from where it stands.
def make():
    def inner():
        return g
    return inner
a = make()
print(deltas(a))
b = make()
print(deltas(b))
print(deltas(make))
