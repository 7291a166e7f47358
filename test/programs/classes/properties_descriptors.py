# Properties with setters and deleters, a validating data descriptor, __slots__ classes and class-level counters
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError:
    print("read-only fahrenheit")
del t.celsius
print(hasattr(t, "_c"))

class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
    def total(self):
        return self.qty * self.price
o = Order(3, 4)
print(o.total(), o.__dict__)
try:
    o.qty = 0
except ValueError as e:
    print("ValueError:", e)

class Vec:
    __slots__ = ("x", "y")
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Vec.count += 1
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2) + Vec(3, 4)
print(v, Vec.count, hasattr(v, "__dict__"))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
