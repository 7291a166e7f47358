# super() zero-argument and two-argument forms through a diamond hierarchy
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super(Bottom, self).__init__()
        self.trail.append("Bottom")

    def hello(self):
        return "Bottom>" + super().hello()


b = Bottom()
print(b.trail)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).hello())


class Counter:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()


class SubCounter(Counter):
    @classmethod
    def make(cls):
        obj = super().make()
        print("made", type(obj).__name__, cls.count)
        return obj


SubCounter.make()
SubCounter.make()
print(Counter.count, SubCounter.count)
