# __slots__: assignments to declared slots, AttributeError for others and for unset slots
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(3)
print(p.x)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
p.y = 4
print(p.x + p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1)
q.z = 2
q.y = 3
print(q.x, q.y, q.z)


class Loose(Point):
    pass


r = Loose(5)
r.anything = 6
print(r.x, r.anything)
