# BUILD_SET (ceval.c): an item that cannot be hashed fails the display; the items are
# released (those after the failing one unadded) and then the set itself, so nothing stays.
import sys


def attempt(i):
    try:
        return {i, [i], (i,)}
    except TypeError as e:
        return str(e)


attempt(0)
before = sys.getallocatedblocks()
for i in range(50):
    msg = attempt(i)
print(msg, sys.getallocatedblocks() - before)
