# Up to 3.10 each call takes a frame object: a code's own last one (its zombie frame), else
# one off the free list start-up left, else a new block. An import runs importlib's Python
# code, which takes frames too: `import gc` finds importlib's functions already holding theirs
# from start-up, while `import math` (found on sys.path) runs others, which take the list's.
# From 3.11 a call makes no frame object.
import sys
import gc

def a1(): pass
def a2(): pass
def a3(): pass
def a4(): pass
def b1(): pass
def b2(): pass
def b3(): pass
def b4(): pass

def new_blocks(funcs):
    out = []
    for f in funcs:
        before = sys.getallocatedblocks()
        f()
        out.append(sys.getallocatedblocks() - before)
    return out

import math
print("first calls after the imports:", new_blocks((a1, a2, a3, a4)))
print("second calls:", new_blocks((a1, a2, a3, a4)))
print("other functions:", new_blocks((b1, b2, b3, b4)))
