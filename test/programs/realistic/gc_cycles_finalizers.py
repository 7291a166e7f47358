# Reference cycles among objects with and without __del__: what refcounting frees at once and what waits for gc.collect().
import gc
import sys

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []

    def link(self, other):
        self.peers.append(other)
        other.peers.append(self)


class Tracked(Node):
    def __del__(self):
        log.append(f"del {self.name}")


gc.collect()
gc.disable()
a, b = Node("a"), Node("b")
a.link(b)
print(sys.getrefcount(a), sys.getrefcount(b), gc.is_tracked(a), gc.is_tracked(a.peers))
del a, b
print("collected", gc.collect())
t1, t2, t3 = Tracked("t1"), Tracked("t2"), Tracked("t3")
t1.link(t2)
t2.link(t3)
del t1, t2
print(log, "collected", gc.collect(), log)
del t3
print(log)
ring = [Node(str(i)) for i in range(5)]
for x, y in zip(ring, ring[1:] + ring[:1]):
    x.link(y)
before = sys.getallocatedblocks()
del ring, x, y
print("ring collected", gc.collect(), sys.getallocatedblocks() - before < 0)
lone = Tracked("lone")
del lone
print(log[-1], gc.get_count()[0] >= 0)
gc.enable()
print(gc.isenabled(), gc.collect())
