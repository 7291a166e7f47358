# Metaclasses: a __call__ that caches instances (super().__call__ is type.__call__),
# __new__/__init__ on the metaclass, __set_name__ descriptors and __init_subclass__ keywords.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name

a = Config("a")
b = Config("b")
print(a is b, a.name, type(Config).__name__)

class Registry(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.tag = name.lower()

class Base(metaclass=Registry): pass
class Child(Base): pass
print(Registry.registry, Child.tag, isinstance(Child, Registry))

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Model:
    x = Field()
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix

class User(Model, prefix="u_"):
    pass

u = User()
u.x = 5
print(u.x, u._x, User.prefix, User.x)
print(repr(list.append), dict.__setitem__, type.__call__)
