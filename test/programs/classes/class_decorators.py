# Class decorators that register classes, add methods and wrap __init__, and __init_subclass__ that validates subclasses
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def counted(cls):
    orig = cls.__init__
    def __init__(self, *a, **kw):
        cls.instances += 1
        orig(self, *a, **kw)
    cls.instances = 0
    cls.__init__ = __init__
    return cls
@register
@with_repr
@counted
class User:
    def __init__(self, name, age=0):
        self.name = name
        self.age = age
print(User("ann", 3), User("bo"), User.instances, sorted(registry))

class Shape:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not hasattr(cls, "area"):
            raise TypeError(f"{cls.__name__} must define area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(4).area())
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
