# A class call finds __new__ and __init__ as the class's namespaces are now: assigning or
# deleting them on the class or on a base after earlier calls changes what the next call runs.
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    pass
print(Child(1).x, Base(2).x)
def init2(self, x):
    self.x = x * 10
Base.__init__ = init2
print(Child(1).x, Base(2).x)
Child.__init__ = lambda self, x: setattr(self, 'x', -x)
print(Child(3).x, Base(3).x)
del Child.__init__
print(Child(4).x)
def new(cls, x):
    o = object.__new__(cls)
    o.made = 'by new'
    return o
Base.__new__ = staticmethod(new)
c = Child(5)
print(c.x, c.made)
def init3(self, x):
    self.x = x + 0.5
Base.__init__ = init3
c = Child(6)
print(c.x, c.made)
