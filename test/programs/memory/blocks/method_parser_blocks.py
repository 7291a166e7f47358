# Blocks a method's argument parsing holds: Argument Clinic's keyword parser makes its tuple of
# keyword names at its first slow parse in 3.8-3.11 (parser_init; each method its own parser:
# bytes and bytearray split, splitlines, expandtabs, translate; str.splitlines), kept for the run;
# METH_VARARGS methods pack their arguments into a tuple that goes back to the free list
# (range.__reduce__ up to 3.12, complex.__format__ up to 3.9). The tuple free lists are drained
# first, so that a packed tuple would show as a block.
import sys

drain = [[(i,) for i in range(100)], [(i, i) for i in range(100)], [(i, i, i) for i in range(100)]]


def measure(label, f):
    f()  # the first call may make a parser's tuple (kept) and warm any cache
    before = sys.getallocatedblocks()
    r = f()
    print(label, "second call:", sys.getallocatedblocks() - before - (0 if r is None else 1))
    del r


def first(label, f):
    before = sys.getallocatedblocks()
    r = f()
    print(label, "first call:", sys.getallocatedblocks() - before)
    return r


b = b"a b\nc\td"
ba = bytearray(b)
keep = []
keep.append(first("bytes.split(sep=)", lambda: b.split(sep=b" ")))
keep.append(first("bytes.split(maxsplit=)", lambda: b.split(maxsplit=1)))
keep.append(first("bytearray.split(sep=)", lambda: ba.split(sep=b" ")))
keep.append(first("bytes.splitlines(keepends=)", lambda: b.splitlines(keepends=True)))
keep.append(first("str.splitlines(keepends=)", lambda: "a\nb".splitlines(keepends=True)))
keep.append(first("bytes.expandtabs(tabsize=)", lambda: b.expandtabs(tabsize=4)))
keep.append(first("bytes.translate(delete=)", lambda: b.translate(None, delete=b"a")))
keep.append(first("int.to_bytes(2, 'little')", lambda: (5).to_bytes(2, "little")))
keep.append(first("int.to_bytes(length=)", lambda: (5).to_bytes(length=2, byteorder="big")))
measure("bytes.split(sep=)", lambda: b.split(sep=b" "))
measure("range.__reduce__()", lambda: range(3).__reduce__())
measure("complex.__format__('')", lambda: (1j).__format__(""))
measure("bytes.strip()", lambda: b.strip())
measure("list.__mul__(2)", lambda: [1].__mul__(2))
measure("int.__pow__(2, 3)", lambda: (5).__pow__(2, 3))
print(len(keep))
