# gc.collect() counts for cycles through instances' __dict__, closures, and objects with __del__.
import gc

gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

def pair():
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a

pair()
print("pair of instances", gc.collect())

def ring(n):
    nodes = [Node(i) for i in range(n)]
    for x, y in zip(nodes, nodes[1:] + nodes[:1]):
        x.peer = y

ring(5)
print("ring of 5", gc.collect())

class Slotless:
    pass

def self_ref():
    o = Slotless()
    o.me = o
    o.data = [1, 2, 3]
    o.more = {"k": o}

self_ref()
print("self via attr + dict", gc.collect())

def closure_cycle():
    def inner():
        return inner
    return None

closure_cycle()
print("recursive closure", gc.collect())

def closure_two():
    x = []
    def f():
        return x, f
    x.append(f)

closure_two()
print("closure and list", gc.collect())

deleted = []
class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        deleted.append(self.name)

def del_cycle():
    a, b = WithDel("a"), WithDel("b")
    a.other, b.other = b, a

del_cycle()
print("cycle with __del__", gc.collect(), sorted(deleted), gc.garbage)

resurrected = []
class Phoenix:
    def __del__(self):
        resurrected.append(self)

def phoenix_cycle():
    p = Phoenix()
    p.me = p

phoenix_cycle()
print("resurrecting __del__", gc.collect(), len(resurrected))
resurrected[0].me = None
resurrected.clear()
print("after clearing", gc.collect())

def list_cycles():
    a = []
    a.append(a)
    b = [a, []]
    b[1].append(b)
    c = {"self": None}
    c["self"] = c

list_cycles()
print("lists and dict", gc.collect())

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

def tree(depth, parent=None):
    node = Tree(parent)
    if depth:
        for _ in range(2):
            tree(depth - 1, node)
    return node

root = tree(3)
print("live tree", gc.collect())
del root
print("dropped tree", gc.collect())
gc.enable()
