# The collector sees through a generator's frame (gen_traverse): a cycle through an unstarted
# generator is found on 3.12+ (closing it there keeps its locals), while up to 3.11 closing it
# runs its frame and breaks the cycle first; closing a suspended one clears it on every version.
import gc
import sys


def hold(x):
    yield x


def hold_loop(x):
    while True:
        yield x


def hold_try(x):
    try:
        yield x
    finally:
        pass


gc.collect()
for maker in (hold, hold_loop, hold_try):
    for start in (False, True):
        box = []
        g = maker(box)
        if start:
            next(g)
        box.append(g)
        del g, box
        before = sys.getallocatedblocks()
        found = gc.collect()
        print(maker.__name__, "started" if start else "unstarted", found, sys.getallocatedblocks() - before)

# A generator whose frame refers to the generator itself.
def self_ref():
    me = yield
    yield me


g = self_ref()
next(g)
g.send(g)
del g
print("self", gc.collect())

# An object whose attribute is a generator over the object.
class Walker:
    def __init__(self, items):
        self.items = items
        self.it = self.walk()

    def walk(self):
        for x in self.items:
            yield x


w = Walker([1, 2, 3])
del w
print("unstarted walker", gc.collect())
w = Walker([1, 2, 3])
next(w.it)
del w
print("started walker", gc.collect())
