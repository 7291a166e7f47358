# 3.10 numbers each C identifier (_Py_IDENTIFIER) on its first use and keeps their strings in
# an array that start-up leaves at 128 slots with 113 used: the slot functions of a class's
# dunders (one identifier each, __add__ and __radd__ apart), print's, repr's and format's take
# the next ones, and the line whose identifier is the 129th grows the array to 256 slots (a
# 2048-byte block, PyMem_Realloc). 3.8 and 3.9 keep no array, 3.11+ have static identifiers.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __radd__(self, o):
        return self if o == 0 else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __len__(self):
        return 2

    def __iter__(self):
        return iter((self.x, self.y))

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"


a = Vec(1, 2)
b = Vec(3, 4)
print(a)
c = a + b
d = b - a
e = a * 3
f = 2 * b
g = -a
h = abs(b)
same = a == Vec(1, 2)
other = a != b
less = a < b
more = b > a
n = len(a)
xs = list(b)
s = sum([a, b])
t = format(a, ".1f")
print([c, d, e, f, g], h, same, other, less, more, n, xs, s, t)
