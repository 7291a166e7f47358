# A builtin type keeps its subclasses in a dict (tp_subclasses, Objects/typeobject.c
# add_subclass): the first subclass of a type that start-up gave none makes that dict and its
# table, a later one adds only its own entry; a type with start-up subclasses already has one,
# and its table grows (a new one for the old) when its free slots run out.
import gc
import sys

gc.disable()
g = sys.getallocatedblocks
kept = [None] * 100
n = 0


def costs(base, count):
    global n
    out = []
    for i in range(count):
        b = g()

        class Sub(base):
            pass

        kept[n] = Sub
        n += 1
        out.append(g() - b)
    return out


for base in (float, KeyError, set, complex, TypeError, Exception, ValueError, LookupError, object):
    print(base.__name__, costs(base, 5))


class Both(KeyError, TypeError):
    pass


print(len(KeyError.__subclasses__()), len(TypeError.__subclasses__()))
