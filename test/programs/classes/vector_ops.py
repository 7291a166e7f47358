# a vector class with arithmetic, reflected and in-place operators, comparisons, hashing and NotImplemented
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, a * b, -a, abs(b))
c = a
c += b
print(c, a, c is a)
print(a == Vec(4, 6), a != b, len({Vec(1, 1), Vec(1, 1), Vec(2, 2)}))
print(sorted([Vec(3, 3), Vec(1, 0), Vec(0, 2)]), max(Vec(1, 1), Vec(0, 5)))
print(bool(Vec(0, 0)), bool(Vec(0, 1)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


class Plain:
    def __eq__(self, other):
        return True


print(Plain.__hash__ is None)
try:
    hash(Plain())
except TypeError as e:
    print("TypeError:", e)
