# Automatic collections while a loop calls methods through super(): before 3.12 each call makes
# (and frees) a super object, which can push generation 0 over its threshold; 3.12+'s
# specialized LOAD_SUPER_ATTR makes none. Each pass keeps one list, so generation 0 climbs to
# the threshold a pass at a time; the step a cycle made before the loop dies at shows the collection.
import gc

gc.disable()
died = []
step = -1

class Node:
    __slots__ = ("me",)

    def __del__(self):
        died.append(step)

class Base:
    def meth(self):
        return 1

    @property
    def prop(self):
        return 2

class Child(Base):
    def meth_call(self):
        return super().meth()

    def prop_attr(self):
        return super().prop

    def two_arg(self):
        return super(Child, self).meth()

def run(f, n=30):
    global step
    gc.collect()
    del died[:]
    step = -1
    x = Node()
    x.me = x
    del x
    keep = []
    counts = []
    gc.set_threshold(gc.get_count()[0] + 10)
    gc.enable()
    for i in range(n):
        step = i
        f()
        keep.append([])
        if i % 5 == 4:
            counts.append(gc.get_count()[0])
    gc.disable()
    gc.set_threshold(700)
    gc.collect()
    return died[:], counts

c = Child()
for name in ["meth_call", "prop_attr", "two_arg"]:
    print(name, run(getattr(c, name)))
