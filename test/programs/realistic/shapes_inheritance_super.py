# A class hierarchy of shapes: abstract-style base, super().__init__, properties with setters, classmethods, staticmethods.
PI = 3.141592653589793


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        self.id = Shape.count

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"#{self.id} {self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"

    @staticmethod
    def unit(value, places=2):
        return round(value, places)


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self._w, self._h = w, h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._w = value

    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)

    @classmethod
    def square(cls, side):
        return cls(side, side, name="square")


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return PI * self.r ** 2

    def perimeter(self):
        return 2 * PI * self.r


class Blob(Shape):
    pass


shapes = [Rect(3, 4), Rect.square(2.5), Circle(1), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
r = shapes[0]
r.w = 10
print(r.area(), Shape.unit(shapes[2].area()), Shape.count, r.id)
try:
    r.w = -1
except ValueError as e:
    print("error:", e)
try:
    Blob("blob").describe()
except NotImplementedError as e:
    print("not implemented:", e)
print(isinstance(shapes[1], Rect), type(shapes[1]).__name__, [type(s).__mro__[1].__name__ for s in shapes])
print(sum(s.area() for s in shapes if isinstance(s, Circle)) / PI)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s.id)
print(by_kind, vars(r), hasattr(r, "r"))
