"""Drive the real pymalloc through ctypes with a random malloc/free sequence of one
size class and print, for every malloc, the pool (numbered in order of first use)
and the block's offset in it. Arena Lens replays the same sequence on its model.

Usage: python3 obmalloc_sequence.py POOL_SIZE NBYTES SEED NOPS
Pools are never emptied, so the interpreter's other arenas cannot influence which
pool a request gets; everything else (free-list order, lazy carving, full pools
returning to the front of usedpools) is pymalloc's own."""
import ctypes, json, random, sys

POOL, NBYTES, SEED, NOPS = (int(a) for a in sys.argv[1:5])
api = ctypes.pythonapi
malloc = api.PyObject_Malloc
malloc.restype = ctypes.c_void_p
malloc.argtypes = [ctypes.c_size_t]
free = api.PyObject_Free
free.restype = None
free.argtypes = [ctypes.c_void_p]

rng = random.Random(SEED)
# Preallocated so the bookkeeping itself never asks pymalloc for this size class.
live = [0] * (NOPS + 16)
nlive = 0
ops = [None] * (NOPS + 16)
results = [None] * (NOPS + 16)
nops = 0
pool_ids = {}

# Warm up until a request opens a freshly initialised pool: offset 48, then 48 + size.
held = []
while True:
    p = malloc(NBYTES)
    if p % POOL == 48:
        q = malloc(NBYTES)
        if q == p + ((NBYTES + 15) // 16) * 16:
            break
        held.append(q)
    held.append(p)
    if len(held) > 100000:
        raise SystemExit("no fresh pool found")

def record_malloc(addr):
    global nlive, nops
    pool = addr - addr % POOL
    if pool not in pool_ids:
        pool_ids[pool] = len(pool_ids)
    live[nlive] = addr
    nlive += 1
    ops[nops] = "m"
    results[nops] = [pool_ids[pool], addr % POOL]
    nops += 1

record_malloc(p)
record_malloc(q)
while nops < NOPS:
    if nlive < 4 or rng.random() < 0.55:
        record_malloc(malloc(NBYTES))
        continue
    i = rng.randrange(nlive)
    addr = live[i]
    pool = addr - addr % POOL
    # Never empty a pool (count the other live blocks in it).
    others = 0
    for j in range(nlive):
        if j != i and live[j] - live[j] % POOL == pool:
            others += 1
            break
    if others == 0:
        continue
    free(addr)
    nlive -= 1
    live[i] = live[nlive]
    ops[nops] = i
    results[nops] = None
    nops += 1

print(json.dumps({"ops": ops[:nops], "results": results[:nops]}))
