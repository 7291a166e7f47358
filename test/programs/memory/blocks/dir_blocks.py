# dir(obj): blocks around the call for an instance, a class and a module.
import sys



class A:
    x = 1

    def f(self):
        pass


class B(A):
    y = 2


b = B()
b.z = 3
m = sys

for label, obj in [("instance", b), ("class", B), ("module", m), ("int", 5)]:
    dir(obj)
    b0 = sys.getallocatedblocks()
    dir(obj)
    b1 = sys.getallocatedblocks()
    print(label, b1 - b0)
for label, obj in [("instance", b), ("class", B), ("module", m), ("int", 5)]:
    b0 = sys.getallocatedblocks()
    r = dir(obj)
    b1 = sys.getallocatedblocks()
    print(label, len(r) if obj is not m else "-", b1 - b0)
    del r


def local_names(a, b=2):
    c = a + b
    return dir()


local_names(1)
b0 = sys.getallocatedblocks()
r = local_names(1)
b1 = sys.getallocatedblocks()
print("locals", r, b1 - b0)
