# dir() of instances: the instance dict, then what its __class__ reaches (object.__dir__).
class A:
    x = 1
    def m(self):
        pass
class B(A):
    __slots__ = ()
class C:
    __slots__ = ("a", "b")
class D(dict):
    pass
a = A()
a.y = 2
print(dir(a)[-4:], len(dir(a)))
print(dir(B())[-3:], dir(C())[-4:], len(dir(D())), len(dir(5)), len(dir("s")), len(dir([])))
class Fake:
    @property
    def __class__(self):
        return int
print(len(dir(Fake())) == len(dir(Fake)) , "real" in dir(1 .real.__class__))
