# An __init__ that raises takes the new instance with it (type_call drops it), after
# the traceback that holds __init__'s frame, and with it self, has gone.
import sys


class A:
    def __init__(self, x):
        self.x = x
        raise ValueError(x)


b = sys.getallocatedblocks()
r = []
for i in range(6):
    try:
        A([i])
    except ValueError:
        pass
    r.append(sys.getallocatedblocks() - b)
print(r)

