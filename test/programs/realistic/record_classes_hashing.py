# Record classes with hand-written __eq__, __hash__, __repr__ and ordering, used in sets and as dict keys.

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        if type(other) is not Point:
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) < (other.x, other.y)


class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def _key(self):
        return (self.name.lower(), self.dept)

    def __eq__(self, other):
        return isinstance(other, Employee) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return "Employee(name=%r, dept=%r, salary=%d)" % (self.name, self.dept, self.salary)


class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == getattr(other, "v", None)


class Loud:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print(f"  hash({self.n})")
        return self.n % 3
    def __eq__(self, other):
        print(f"  eq({self.n}, {other.n})")
        return self.n == other.n
    def __repr__(self):
        return f"L{self.n}"


pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4.0)]
unique = set(pts)
print(len(unique), sorted(unique), Point(1, 2) in unique)
print(pts[0] == pts[2], pts[0] is pts[2], pts[0] != pts[1], pts[1] == pts[4])
print(Point(1, 2) == (1, 2), hash(Point(1, 2)) == hash((1, 2)))
grid = {Point(x, y): x * y for x in range(3) for y in range(3)}
print(grid[Point(2, 2)], len(grid), Point(5, 5) in grid, grid.get(Point(1, 1)))
print(min(pts), max(pts), sorted(pts, reverse=True)[:2])

staff = [
    Employee("Ann", "eng", 120), Employee("ann", "eng", 125),
    Employee("Bob", "ops", 90), Employee("Cid", "eng", 110),
]
print(len(set(staff)), staff[0] == staff[1], staff[0] == "Ann")
raises = {staff[0]: 5}
raises[staff[1]] = 7
print(raises, len(raises))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, set()).add(e)
print({d: len(s) for d, s in sorted(by_dept.items())})

print(EqOnly.__hash__, EqOnly(1) == EqOnly(1))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {}
    d[EqOnly(2)] = 1
except TypeError as e:
    print("TypeError:", e)

print("building a set of Loud objects")
s = {Loud(1), Loud(4)}
print("lookup L7")
print(Loud(7) in s)
print("lookup L4")
print(Loud(4) in s)
print("dict with equal key")
d = {Loud(2): "a"}
d[Loud(2)] = "b"
print(d)

frozen = frozenset([Point(0, 1), Point(1, 0)])
print(hash(frozen) == hash(frozenset([Point(1, 0), Point(0, 1)])), {frozen: "pair"}[frozenset(reversed(list(frozen)))])
try:
    Point(1, 2) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print("AttributeError:", e)
