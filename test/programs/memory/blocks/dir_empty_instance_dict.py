# dir() of an instance with no attributes copies its empty __dict__ (object.__dir__:
# PyDict_Copy, which for an empty dict is PyDict_New, off the dict free list) and frees the
# copy: repeated calls leave no block behind, whether the instance's dict is split or not.
import sys


class Empty:
    pass


class Slotted:
    __slots__ = ("a",)


class WithInit:
    def __init__(self):
        pass


blocks = sys.getallocatedblocks
for label, obj in [("empty", Empty()), ("slots", Slotted()), ("init", WithInit()), ("class", Empty)]:
    deltas = []
    for _ in range(4):
        before = blocks()
        names = dir(obj)
        count = len(names)
        del names
        deltas.append(blocks() - before)
    # The first call may make the instance's __dict__; the later ones must leave nothing.
    print(label, count, deltas[1:])
