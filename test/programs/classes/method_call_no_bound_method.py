# Calling a method straight off an instance (obj.method()) makes no bound-method object
# in CPython (LOAD_METHOD): no block is taken during the call.
import sys


class Point:
    def __init__(self, x):
        self.x = x

    def blocks_now(self):
        return sys.getallocatedblocks()

    def ident(self):
        return id(self)


p = Point(3)
before = sys.getallocatedblocks()
during = p.blocks_now()
print(during - before)
print(p.ident() == id(p))
print(sys.getrefcount(p))
