# Up to 3.10 a generator's code counts every time its frame is entered: each next(), and
# the close or throw that ends it (also one that never started); the 1024th entry makes
# the opcache, a byte per code unit and 32 bytes per LOAD_GLOBAL (3.10: and LOAD_ATTR).
import sys
def gen(n):
    for i in range(n):
        yield len
def run(it):
    out = []
    k = 0
    for _ in range(1100):
        b = sys.getallocatedblocks()
        next(it, None)
        d = sys.getallocatedblocks() - b
        if d:
            out.append((k, d))
        k += 1
    return out
print(run(gen(2000)))
def gen2():
    yield max
    yield min
out = []
for i in range(600):
    b = sys.getallocatedblocks()
    for x in gen2():
        pass
    d = sys.getallocatedblocks() - b
    if d:
        out.append((i, d))
print(out)
