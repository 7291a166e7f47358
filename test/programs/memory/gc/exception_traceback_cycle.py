# An exception kept in a local of a frame it passed is a reference cycle (exception ->
# traceback -> frame -> local -> exception): only the collector frees it.
import gc
import sys


def keep():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    return 1


gc.collect()
b = sys.getallocatedblocks()
keep()
print(sys.getallocatedblocks() - b)
print(gc.collect())
print(sys.getallocatedblocks() - b)
for i in range(3):
    keep()
print(gc.collect())


def forget():
    try:
        raise KeyError('k')
    except KeyError as e:
        pass
    return 2


gc.collect()
forget()
print(gc.collect())
