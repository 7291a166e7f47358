# Records with __slots__ through inheritance: sizes, what has a __dict__, default values, copying and comparing.
import sys


class Base:
    __slots__ = ("id",)

    def __init__(self, id):
        self.id = id


class Person(Base):
    __slots__ = ("name", "email")

    def __init__(self, id, name, email=None):
        super().__init__(id)
        self.name = name
        self.email = email

    def __repr__(self):
        return f"Person({self.id}, {self.name!r}, {self.email!r})"

    def __eq__(self, other):
        return all(getattr(self, a) == getattr(other, a) for a in ("id", "name", "email"))

    def copy(self, **changes):
        values = {a: getattr(self, a) for a in ("id", "name", "email")}
        values.update(changes)
        return Person(**values)


class Loose(Person):
    pass


class Plain:
    def __init__(self, id, name, email=None):
        self.id, self.name, self.email = id, name, email


p = Person(1, "ann")
q = p.copy(email="ann@example.org")
l = Loose(2, "bob")
l.nickname = "b"
print(p, q, p == q, p == p.copy())
print(hasattr(p, "__dict__"), hasattr(l, "__dict__"), vars(l), Person.__slots__, Loose.__mro__[1].__name__)
print(sys.getsizeof(p), sys.getsizeof(l), sys.getsizeof(Plain(3, "cy")), sys.getsizeof(Base(4)))
try:
    p.nickname = "a"
except AttributeError as e:
    print("error:", e)
try:
    Base(5).name
except AttributeError as e:
    print("error:", e)
del q.email
try:
    q.email
except AttributeError as e:
    print("deleted:", e)
people = [Person(i, n) for i, n in enumerate(["dee", "al", "cat"])]
print(sorted(people, key=lambda r: r.name), [type(x).__name__ for x in (p, l)])
b0 = sys.getallocatedblocks()
many = [Person(i, "x") for i in range(100)]
mid = sys.getallocatedblocks() - b0
plain = [Plain(i, "x") for i in range(100)]
print(mid, sys.getallocatedblocks() - b0 - mid)
