# 3.8-3.10 count each code object's runs: a comprehension's code runs once per evaluation,
# a class body once per class statement, so each gets its opcache (if it has instructions
# to cache: a class body's names are LOAD_NAMEs) on its 1024th run.
import sys
def squares(xs):
    return [len(x) for x in xs]
out = []
for i in range(1100):
    b = sys.getallocatedblocks()
    squares('')
    d = sys.getallocatedblocks() - b
    if d:
        out.append((i, d))
print(out)
def make_class():
    class C:
        x = len
    return C
out = []
keep = []
for i in range(1100):
    b = sys.getallocatedblocks()
    keep.append(make_class())
    d = sys.getallocatedblocks() - b
    if 1020 <= i <= 1026:
        out.append(d)
print(out, len(keep))
