# property, staticmethod, classmethod, super(), enumerate/zip/map/filter/reversed, dict views and set algebra.
class Base:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def make(cls, v):
        return cls(v)
    def describe(self):
        return f"Base({self._x})"
class Child(Base):
    def describe(self):
        return "Child:" + super().describe()
c = Child.make(3)
c.x = 5
print(c.x, Base.s(1), c.describe())
for i, (a, b) in enumerate(zip("abc", [1, 2, 3]), start=1):
    print(i, a, b)
print(list(map(lambda v: v * v, range(5))), list(filter(None, [0, 1, 2, 0])), list(reversed([1, 2, 3])))
d = {"b": 2, "a": 1}
print(sorted(d.items()), list(d.keys()), d.get("z", 0), d.pop("a"), d)
s = {1, 2, 3}
s.add(4); s.discard(1)
print(s | {9}, s & {2, 3}, s - {2}, sorted(s ^ {3, 10}), {1, 2} <= {1, 2, 3})
