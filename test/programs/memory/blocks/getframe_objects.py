# sys._getframe(): up to 3.10 every call already has its frame object; from 3.11 the frame
# object is made when something asks for it (_PyFrame_GetFrameObject), a block that lives while
# it is referenced, and its caller's is made when f_back is read.
import sys

blocks = sys.getallocatedblocks


def ask(depth):
    before = blocks()
    frame = sys._getframe(depth)
    made = blocks() - before
    return made, frame.f_code.co_name, frame.f_lineno


def outer():
    return ask(0), ask(1)


def keep():
    return sys._getframe()


print(ask(0)[1:], ask(1)[1:])
for _ in range(3):
    print(outer())
before = blocks()
kept = keep()
print("kept frame", blocks() - before, kept.f_code.co_name, kept.f_back is not None)
del kept
before = blocks()
here = sys._getframe()
print("module frame", blocks() - before, here.f_code.co_name, here.f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
