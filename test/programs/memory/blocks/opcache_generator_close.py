# Up to 3.10 closing a generator enters its frame to raise GeneratorExit there, also one that
# never started (gen_send_ex), so each close counts towards the 1024 runs that make its code's
# opcache, like each next(): here one entry for a generator closed unstarted, two for one
# closed after its first value, so the cache comes with the 683rd generator. Dropping one unstarted closes it
# too (_PyGen_Finalize).
import sys
def gen3():
    yield abs
out = []
for i in range(1100):
    b = sys.getallocatedblocks()
    g = gen3()
    if i % 2:
        next(g)
    g.close()
    del g
    d = sys.getallocatedblocks() - b
    if d:
        out.append((i, d))
print(out)
def gen4():
    yield min
out = []
for i in range(1100):
    b = sys.getallocatedblocks()
    g = gen4()
    del g
    d = sys.getallocatedblocks() - b
    if d:
        out.append((i, d))
print(out)
