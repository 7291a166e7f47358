# Cycles through a deque and through a defaultdict's factory are found and broken by the
# collector (deque_tp_clear, defdict_tp_clear: the factory, then the dict).
import gc
import sys
from collections import deque, defaultdict

gc.collect()
b = sys.getallocatedblocks()
d = deque()
d.append(d)
del d
print(gc.collect(), gc.collect(), sys.getallocatedblocks() - b)


def make():
    dd = defaultdict()
    dd.default_factory = lambda: dd
    return dd


x = make()
del x
print(gc.collect())
b = sys.getallocatedblocks()
dd = defaultdict(list)
dd[1] = dd
del dd
print(gc.collect(), sys.getallocatedblocks() - b)
