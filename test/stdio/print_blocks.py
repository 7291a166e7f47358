# Blocks that printing leaves allocated: what sys.stdout keeps between writes (its pending
# text when buffered) and, up to 3.10, the one-byte bytes objects a write makes once. (An
# explicit flush is left out: what it frees has varied between runs of the same CPython.)
import sys

deltas = []
# A first write, unmeasured: what the first one makes at all is not what this program is about.
print("start")
def step(label, f):
    before = sys.getallocatedblocks()
    f()
    deltas.append((label, sys.getallocatedblocks() - before))

step("a str constant", lambda: print("alpha"))
step("another", lambda: print("beta"))
step("an int", lambda: print(12345))
step("one character", lambda: print("q"))
step("no newline", lambda: print("r", end=""))
step("empty end", lambda: print("s", "t", sep="", end=""))
step("several args", lambda: print("x", "yz", 3))
step("non-ASCII", lambda: print("héllo wörld"))
step("stdout.write", lambda: sys.stdout.write("u"))
step("a long line", lambda: print("w" * 3000))
step("past the chunk", lambda: print("y" * 6000))
sys.stdout.flush()
for label, d in deltas:
    print(label, d)
