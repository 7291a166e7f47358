# A class statement's blocks (the type, its dict, descriptors, a docstring's copy) are its
# line's; an instance's are the line that made it.
class Point:
    """A point in the plane."""
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a

p = Point(1, 2)
q = Point(3000, 4000)
s = Slotted([1, 2, 3])
points = [Point(i, i * 2) for i in range(10)]
print(p.x + q.y, s.a, len(points))
