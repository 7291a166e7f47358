# What start-up leaves on the dict, dict keys (the one for a few str keys), list and float
# free lists, measured with sys.getallocatedblocks: each `{}` takes a dict off its list (an
# empty dict has no keys object) until one mallocs its own; then each {'a': k} mallocs its
# dict and takes a keys object off their list until one mallocs its keys too; then each `[]`
# takes a list (no items) and each `f + 0.5` a float, until one mallocs.
# Prints "dicts keys lists floats".
import sys
g = sys.getallocatedblocks
keep = [None] * 400
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
at = n + k + 2
lists = 0
while True:
    b = g()
    d = []
    keep[at + lists] = d
    if g() != b:
        break
    lists += 1
at += lists + 1
floats = 0
while True:
    b = g()
    d = floats + 0.5
    keep[at + floats] = d
    if g() != b:
        break
    floats += 1
print(n, k, lists, floats)
