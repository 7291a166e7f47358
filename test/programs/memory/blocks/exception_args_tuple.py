# An exception keeps the very tuple its call was given as its args: after a collection has
# emptied the free lists, making one takes the exception and one tuple.
import gc
import sys


def make():
    gc.collect()
    b = sys.getallocatedblocks()
    e = KeyError('k')
    r1 = sys.getallocatedblocks() - b
    try:
        raise e
    except KeyError:
        r2 = sys.getallocatedblocks() - b
    return r1, r2


print(make())


class Custom(ValueError):
    pass


gc.collect()
b = sys.getallocatedblocks()
c = Custom(1, 2)
print(sys.getallocatedblocks() - b, c.args)
