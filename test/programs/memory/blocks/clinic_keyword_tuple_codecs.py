# str.encode, bytes.decode, bytearray.decode, the hex methods and str.expandtabs are Argument
# Clinic functions: up to 3.11 each one's parser makes its tuple of keyword names at its first
# call with keywords (Python/getargs.c parser_init) and keeps it, one block more that once.
# The free lists of 1- and 2-tuples are drained first, so each such tuple is a new block.
import sys

data = b"caf\xc3\xa9 \xff"
ba = bytearray(data)
out = [None] * 3
pairs = [(i, i) for i in range(100)]
singles = [(i,) for i in range(100)]


def measure(label, f, warm=None):
    # A positional call first (no parser): what a codec's first use makes is not counted.
    if warm is not None:
        warm()
    for i in range(2):
        b0 = sys.getallocatedblocks()
        out[i] = f()
        b1 = sys.getallocatedblocks()
        out[i] = None
        print(label, i, b1 - b0)


measure("decode positional", lambda: data.decode("utf-8", "replace"), lambda: data.decode("utf-8", "replace"))
measure("decode keyword", lambda: data.decode("utf-8", errors="replace"))
measure("bytearray decode keyword", lambda: ba.decode(errors="ignore"), lambda: ba.decode("utf-8", "ignore"))
measure("encode keyword", lambda: "café".encode(encoding="latin-1"))
measure("encode again", lambda: "naïve".encode("utf-8", errors="strict"))
measure("hex keyword", lambda: data.hex(sep=":"))
measure("bytearray hex keyword", lambda: ba.hex(sep="-", bytes_per_sep=2))
measure("memoryview hex keyword", lambda: memoryview(data).hex(sep=" "))
measure("expandtabs keyword", lambda: "a\tb".expandtabs(tabsize=4))
print(data.decode("utf-8", errors="replace"), data.hex(sep=":"), "x\ty".expandtabs(tabsize=2))
