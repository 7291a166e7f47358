# Writing each ASCII character once: up to 3.10 a one-byte bytes object is made the first
# time a byte is written alone (and kept); from 3.11 they all exist from the start.
import sys

made = []
sys.stdout.write("start ")
for code in range(32, 127):
    ch = chr(code)
    before = sys.getallocatedblocks()
    sys.stdout.write(ch)
    made.append(sys.getallocatedblocks() - before)
sys.stdout.write("\n")
print(made)
