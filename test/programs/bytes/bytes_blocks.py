# sys.getallocatedblocks deltas for bytes objects: one block per bytes object, none for the
# shared empty and one-byte objects. Each figure compares two lists of the same length;
# every function runs once before it is measured (3.8-3.10 cache a frame per code object,
# and 3.8-3.10 create the one-byte objects on first use).
import sys

def delta(make, n):
    before = sys.getallocatedblocks()
    keep = make(n)
    return sys.getallocatedblocks() - before

def shared(n):
    return [bytes([i % 256]) for i in range(n)]

def two_byte(n):
    return [bytes([i, i]) for i in range(n)]

def empties(n):
    return [bytes(0) for i in range(n)]

def slices(n):
    return [b'xyz'[i % 3:i % 3 + 1] for i in range(n)]

def big(n):
    return [b'x' * (600 + i) for i in range(n)]

def joined(n):
    return [b','.join([b'ab'] * i) for i in range(n)]

def encoded(n):
    return [('h\xe9llo' * i).encode() for i in range(n)]

def repeats(n):
    return [b'ab' * (i % 2) for i in range(n)]

fs = (two_byte, empties, slices, big, joined, encoded, repeats)
shared(256)
for f in (shared,) + fs:
    delta(f, 2)
base = delta(shared, 50)
for f in fs:
    print(f.__name__, delta(f, 50) - base)
