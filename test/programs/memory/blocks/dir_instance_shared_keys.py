# dir(instance) copies the instance's __dict__ (object.__dir__: PyDict_Copy) and merges the
# class's attributes into the copy. A key-sharing dict's copy shares the class's keys, so
# the class's names are appended to those keys while they have room: later instances'
# dicts (their sizes, whether they still share, the blocks they take) change.
import sys


def sizes(*objs):
    return [sys.getsizeof(o.__dict__) for o in objs]


def run(tag, use_dir):
    class A:
        def __init__(self):
            self.x = 1

        def method(self):
            return self.x

    a = A()
    if use_dir:
        names = dir(a)
        print(tag, "dir", len(names), names[-3:])
    b = A()
    blocks = sys.getallocatedblocks()
    b.y = 2
    print(tag, "store y", sys.getallocatedblocks() - blocks)
    blocks = sys.getallocatedblocks()
    c = A()
    print(tag, "new instance", sys.getallocatedblocks() - blocks)
    d = A()
    d.z = 3
    print(tag, "sizes", sizes(a, b, c, d), sys.getsizeof(A) - sys.getsizeof(type("E", (), {})))


run("plain", False)
run("dir", True)


class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


# An instance with more attributes than the shared keys have room for left: dir() of it
# adds nothing, and later instances keep sharing.
p = P(4)
dir(p)
q = P(4)
print("full", sizes(p, q))
# Two instances alive while dir() runs on one of them.
r = P(2)
s = P(2)
before = sys.getallocatedblocks()
dir(r)
print("dir blocks", sys.getallocatedblocks() - before)
t = P(3)
print("after", sizes(r, s, t))


class Q:
    pass


# An instance whose dict was made before any attribute (vars), then dir(), then stores.
u = Q()
vars(u)
dir(u)
v = Q()
v.k = 1
v.m = 2
print("empty", sizes(u, v), sorted(vars(v)))
