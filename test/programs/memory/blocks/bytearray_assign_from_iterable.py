# A bytearray slice assigned from what is no bytearray gets a temporary one,
# PyByteArray_FromObject, which calls the type with the values: bytearray has no vectorcall,
# so _PyObject_MakeTpCall packs them in a 1-tuple, freed onto the tuple free list. With the
# 1-tuples drained first, that tuple stays as a block.
import sys

c = bytearray(b"abcdef")
def from_list(): c[0:1] = [65]
def from_tuple(): c[-1:] = (49,)
def from_bytes(): c[1:2] = b"_"
def from_bytearray(): c[1:2] = bytearray(b".")
def from_range(): c[::2] = range(48, 51)
def nothing(): pass

x = 1000
for f in (from_list, from_tuple, from_bytes, from_bytearray, from_range, nothing):
    f()
    res = []
    for _ in range(2):
        hold = [(x + i,) for i in range(3000)]
        b = sys.getallocatedblocks()
        f()
        res.append(sys.getallocatedblocks() - b)
        del hold
    print(f.__name__, res, c)
