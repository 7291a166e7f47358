# format_obj (Python/formatter_unicode.c) writes an int under e, f, g or % from a float that
# PyNumber_Float makes and frees at once: with the float free list emptied first, that float's
# block stays allocated on the list afterwards; d and x make no float.
import sys

x = 1.5
out = [None] * 8
drain = []
for i, spec in enumerate(["d", ".2f", "x", "e", "%", "g"]):
    drain.extend([x * k for k in range(120)])
    b0 = sys.getallocatedblocks()
    out[i] = format(7, spec)
    b1 = sys.getallocatedblocks()
    print(spec, out[i], b1 - b0)
