# sys.getallocatedblocks() deltas over loops that build and drop strings, tuples, dicts and lists.
import sys

blocks = sys.getallocatedblocks

def measure(label, fn, rounds=3):
    deltas = []
    for _ in range(rounds):
        before = blocks()
        fn()
        deltas.append(blocks() - before)
    print(f"{label:<32}{deltas}")

def strings_dropped():
    for i in range(100):
        s = "item-" + str(i)
        t = s.upper() + s

def strings_kept():
    kept = []
    for i in range(100):
        kept.append("k" + str(i) * 3)
    return kept

keep = []
def strings_kept_global():
    for i in range(20):
        keep.append(f"g{i}-{len(keep)}")

def tuples_dropped():
    for i in range(200):
        t = (i, i + 1, str(i))

def tuples_varied():
    for n in range(1, 30):
        t = tuple(range(n))

def dicts_dropped():
    for i in range(50):
        d = {"a": i, "b": [i], "c": str(i)}

def dicts_growing():
    d = {}
    for i in range(40):
        d[i * 1000] = i

def lists_nested():
    grid = [[x * y for x in range(10)] for y in range(10)]
    del grid

def join_and_split():
    words = " ".join(str(i) for i in range(300)).split()
    return len(words)

measure("strings dropped", strings_dropped)
measure("strings kept (returned, dropped)", strings_kept)
measure("strings kept in a global", strings_kept_global)
measure("tuples dropped", tuples_dropped)
measure("tuples of varied lengths", tuples_varied)
measure("dicts dropped", dicts_dropped)
measure("dict growing then dropped", dicts_growing)
measure("nested lists", lists_nested)
measure("join and split", join_and_split)

before = blocks()
held = [str(i) * 2 for i in range(500)]
print("500 strings held", blocks() - before)
held = None
print("released", blocks() - before)
before = blocks()
tups = [(i,) for i in range(300)]
print("300 one-tuples", blocks() - before)
del tups
print("after del", blocks() - before)
before = blocks()
ds = [{} for _ in range(100)]
for d in ds:
    d["x"] = 1
print("100 one-key dicts", blocks() - before)
del ds, d
print("after del", blocks() - before)
