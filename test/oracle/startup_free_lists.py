# What start-up leaves on the dict free list and on the dict keys free list (the one for a
# few str keys), measured with sys.getallocatedblocks: each `{}` takes a dict off its list
# (an empty dict has no keys object) until one mallocs its own; then each {'a': k} mallocs
# its dict and takes a keys object off their list until one mallocs its keys too.
# Prints "dicts keys".
import sys
g = sys.getallocatedblocks
keep = [None] * 200
d = k = None
b = g()  # a block b frees when it is bound again, so each `b = g()` below keeps the count
n = 0
while True:
    b = g()
    d = {}
    keep[n] = d
    if g() != b:
        break
    n += 1
k = 0
while True:
    b = g()
    d = {'a': k}
    keep[n + 1 + k] = d
    if g() - b != 1:
        break
    k += 1
print(n, k)
