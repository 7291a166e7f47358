# dir(): the names of the current scope, of a module, and the public attributes of
# classes and instances (inherited ones too), sorted.
import math


class Shape:
    sides = 0

    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Square(Shape):
    sides = 4

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


def public(names):
    return [n for n in names if not n.startswith("_")]


sq = Square(3)
print(public(dir(sq)))
print(public(dir(Square)))
print("side" in dir(sq), "side" in dir(Square))
print([n for n in dir(math) if n in ("pi", "sqrt", "floor", "tau")])


def local_names(a, b=2):
    c = a + b
    return dir()


print(local_names(1))
print(public(dir()))
