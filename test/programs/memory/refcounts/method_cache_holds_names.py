# _PyType_Lookup's method cache keeps a reference to each name it is filled for: a name made
# at run time outlives its statement. Up to 3.9 an equal name made later takes the same entry.
import sys


class Point:
    x = 1

    def __init__(self):
        self.label = "p"


p = Point()
parts = ["la", "bel"]

n = "".join(parts)
print("made:", sys.getrefcount(n))
getattr(p, n)
print("after getattr on an instance:", sys.getrefcount(n))
getattr(p, n)
print("the same name again:", sys.getrefcount(n))

m = "".join(parts)
hasattr(Point, m)
print("after hasattr on a class (its metatype too):", sys.getrefcount(m))
print("the first name, once an equal one came:", sys.getrefcount(n))

k = "".join(["miss", "ing"])
print(getattr(p, k, "default"), sys.getrefcount(k))
