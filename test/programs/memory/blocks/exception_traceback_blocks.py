# The blocks a caught exception holds while it lives: the exception, a traceback entry
# for each frame it left, the frame objects those entries hold (3.11+ make them only
# then), and the locals of those frames; all of it goes when the handler ends.
import sys


def fail(x):
    y = [x]
    raise ValueError(x)


def middle(x):
    fail(x)


deltas = []
for i in range(5):
    b = sys.getallocatedblocks()
    try:
        middle(i)
    except ValueError as e:
        deltas.append(sys.getallocatedblocks() - b)
    deltas.append(sys.getallocatedblocks() - b)
print(deltas)

b = sys.getallocatedblocks()
for i in range(100):
    try:
        fail(i)
    except ValueError:
        pass
print(sys.getallocatedblocks() - b)
