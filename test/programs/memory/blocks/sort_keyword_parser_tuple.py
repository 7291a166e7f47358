# Up to 3.11 a builtin's static argument parser (Python/getargs.c parser_init) makes the tuple
# of its keyword names the first time it parses keywords and keeps it; 3.12's are static.
# list.sort's parser (key, reverse), int.to_bytes' (length, byteorder, signed) and print's
# (sep, end, file, flush), first and second use, with the free lists of 2-, 3- and 4-tuples
# drained so that a tuple made is a new block.
import sys

pairs = [(i, i) for i in range(2100)]
triples = [(i, i, i) for i in range(2100)]
quads = [(i, i, i, i) for i in range(2100)]
data = [3, 1, 2]
counts = []
for reverse in (True, False):
    before = sys.getallocatedblocks()
    data.sort(reverse=reverse)
    counts.append(sys.getallocatedblocks() - before)
print("list.sort keywords, first and second:", counts)
counts = []
for signed in (True, False):
    before = sys.getallocatedblocks()
    b = (5).to_bytes(2, "big", signed=signed)
    counts.append(sys.getallocatedblocks() - before)
print("int.to_bytes keywords, first and second:", counts)
counts = []
for end in ("!", "?"):
    before = sys.getallocatedblocks()
    print("no newline", end=end)
    counts.append(sys.getallocatedblocks() - before)
print()
print("print keywords, first and second:", counts)
