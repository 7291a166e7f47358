# Why memory is not given back: an arena returns to the system only when every
# pool in it is empty. Allocate many small objects, keep one in a thousand, free
# the rest: the few survivors pin most arenas (the problem Evan Jones described in
# 2005, before which CPython never released an arena at all).
import sys

before = sys.getallocatedblocks()
objects = [[i] for i in range(50000)]
print("blocks after allocating:", sys.getallocatedblocks() - before)

survivors = objects[::1000]
del objects
print("survivors:", len(survivors))
# (rounded: CPython itself is off by one from run to run here, by what its start-up left behind)
print("blocks still allocated, to the nearest ten:", round(sys.getallocatedblocks() - before, -1))
