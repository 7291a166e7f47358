# A 2-D vector class with the arithmetic operators, reflected and in-place forms, comparisons, hashing and __bool__.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, abs(a))
c = a
c += b
print(c, a, c is a, bool(Vec()), bool(b))
print(a == Vec(4, 2), a != b, len({Vec(1, 1), Vec(1, 1), Vec(2, 1)}), list(a), dict(zip("xy", b)))
try:
    a + 1
except TypeError as e:
    print("error:", e)
path = [Vec(0, 0)]
for step in [Vec(1, 0), Vec(0, 2), Vec(-3, 1), Vec(2, -2)]:
    path.append(path[-1] + step)
print(path, sum((abs(q - p) for p, q in zip(path, path[1:])), 0.0))
centroid = Vec(sum(p.x for p in path) / len(path), sum(p.y for p in path) / len(path))
print(centroid, max(path, key=abs), sorted(path, key=lambda p: (p.y, p.x))[:2])
x, y = Vec(7, 8)
print(x, y, [*Vec(5, 6), *b])
