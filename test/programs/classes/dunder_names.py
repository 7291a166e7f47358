# __name__, __qualname__, __module__, __doc__ and __class__ of classes, methods and functions
class Outer:
    """Outer docs."""

    class Inner:
        def method(self):
            """Method docs."""
            return 1

    def make(self):
        def local():
            pass
        return local


def top(a, b=2):
    "top docs"
    return a + b


print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__name__, Outer.Inner.method.__qualname__, Outer.Inner.method.__doc__)
f = Outer().make()
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(top.__name__, top.__doc__, top.__defaults__)
print(Outer().__class__ is Outer, Outer.__class__, type(Outer()).__name__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
top.tag = "attached"
print(top.tag, top.__dict__)
print(Outer.Inner().method.__self__.__class__.__name__)
print(Outer.Inner().method.__func__ is Outer.Inner.method)
