import math

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def dist(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @classmethod
    def origin(cls):
        return cls()

    @staticmethod
    def parse(s):
        a, b = s.split(",")
        return Point(float(a), float(b))

p = Point(1, 2) + Point.parse("3,4")
print(p, p.norm, Point.origin().dist(p))
