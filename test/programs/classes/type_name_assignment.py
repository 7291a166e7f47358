# Assigning a class's __name__ and __qualname__ goes through type's data descriptors (as a
# metaclass's property does), not into the class's dict; their errors by version.
C = type("C%d" % 1, (), {})
C.__name__ = "Renamed"
C.__qualname__ = "outer.Renamed"
print(C.__name__, C.__qualname__, "__name__" in C.__dict__, "__qualname__" in C.__dict__)
print(repr(C).endswith(".outer.Renamed'>"))
for value in (5, None, "a\0b"):
    try:
        C.__name__ = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del C.__qualname__
except TypeError as e:
    print(e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(e)
try:
    int.spam = 1
except TypeError as e:
    print(e)


class Meta(type):
    @property
    def label(cls):
        return cls.__dict__.get("_label", "none")

    @label.setter
    def label(cls, v):
        type.__setattr__(cls, "_label", v.upper())


M = Meta("M%d" % 2, (), {})
print(M.label)
M.label = "set"
print(M.__name__, M.label, "label" in M.__dict__, M.__dict__["_label"])
