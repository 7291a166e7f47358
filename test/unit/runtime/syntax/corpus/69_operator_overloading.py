class Vec:
    def __init__(self, *components):
        self.c = tuple(components)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return self.c == o.c
    def __hash__(self): return hash(self.c)
    def __iter__(self): return iter(self.c)
    def __repr__(self): return f"Vec{self.c}"

v = Vec(1, 2) + Vec(3, 4) * 2 - -Vec(1, 1)
print(v, abs(Vec(3, 4)), 3 * Vec(1, 0), {Vec(1): "one"}[Vec(1)], list(v))
