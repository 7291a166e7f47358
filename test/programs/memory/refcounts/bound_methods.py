# A bound method holds a reference to its instance.
import sys
class C:
    def m(self):
        return 1
c = C()
print(sys.getrefcount(c))
bm = c.m
print(sys.getrefcount(c))
bms = [c.m for _ in range(4)]
print(sys.getrefcount(c))
del bm, bms
print(sys.getrefcount(c))
