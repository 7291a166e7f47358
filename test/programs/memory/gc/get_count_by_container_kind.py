# gc.get_count()[0] after allocating N containers of each kind (tracked ones count, atomic ones do not).
import gc

gc.disable()

def delta(make, n=10):
    gc.collect()
    start = gc.get_count()[0]
    keep = []
    for i in range(n):
        keep.append(make(i))
    end = gc.get_count()[0]
    del keep
    return end - start

class Plain:
    pass

class WithSlots:
    __slots__ = ("a",)

class Pair:
    def __init__(self, i):
        self.i = i
        self.j = [i]

print("lists", delta(lambda i: [i]))
print("empty lists", delta(lambda i: []))
print("dicts", delta(lambda i: {"i": i}))
print("empty dicts", delta(lambda i: {}))
print("tuples of ints", delta(lambda i: (i, i)))
print("tuples of lists", delta(lambda i: ([], i)))
print("sets", delta(lambda i: {i}))
print("frozensets", delta(lambda i: frozenset([i])))
print("instances", delta(lambda i: Plain()))
print("slotted instances", delta(lambda i: WithSlots()))
print("instances with attrs", delta(lambda i: Pair(i)))
print("closures", delta(lambda i: (lambda: i)))
print("bound methods", delta(lambda i: Pair(i).__init__))
print("strings", delta(lambda i: str(i) * 2))
print("floats", delta(lambda i: i / 3))
print("big ints", delta(lambda i: 10 ** 30 + i))
print("bytearrays", delta(lambda i: bytearray(i)))
print("generators", delta(lambda i: (x for x in range(i))))
print("ranges", delta(lambda i: range(i)))
print("iterators", delta(lambda i: iter([i])))

gc.collect()
before = gc.get_count()
objs = [[j] for j in range(30)]
after = gc.get_count()
print("30 lists", after[0] - before[0], after[1:] == before[1:])
del objs
print("freed 30", gc.get_count()[0] - before[0])
gc.collect()
print("after collect", gc.get_count())
gc.enable()
