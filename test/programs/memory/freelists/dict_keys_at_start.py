# One-key dicts made at a script's start take the 8-slot keys objects compiling the script
# left on the dict-keys free list (the symbol tables' and the code units' small dicts, alive
# together while the deepest code is compiled), and need a new block once it is empty.
import sys

def locals_and_globals(n):
    total = 0
    for i in range(n):
        total += len(str(i))
    return total

def nested(a):
    def inner(b):
        return [x * b for x in a if x]
    return inner

class Shape:
    sides = 0
    def area(self) -> int:
        return self.sides

def comprehension_cells(rows):
    return [[lambda: v for v in r] for r in rows], {k: len(k) for k in rows}

blocks = sys.getallocatedblocks
dicts = [{} for _ in range(100)]
free = 0
before = blocks()
before = blocks()
i = 0
while i < 100:
    dicts[i]['k'] = 1
    if blocks() != before:
        break
    free += 1
    i += 1
    before = blocks()
print("one-key dicts whose keys were on the free list:", free)
start = blocks()
more = [{'k': j} for j in range(20)]
print("twenty more:", blocks() - start)
