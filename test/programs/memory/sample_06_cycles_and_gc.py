# Reference counting cannot free a cycle; the cyclic collector finds objects that
# only refer to each other and frees them.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


gc.collect()
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
del a, b
print("unreachable objects found:", gc.collect())

ring = [0]
ring[0] = ring
del ring
print("a list containing itself:", gc.collect())
