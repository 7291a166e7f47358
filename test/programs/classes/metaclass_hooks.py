# Metaclasses: __new__ and __init__ see the class namespace, __call__ wraps instance creation, __init_subclass__ and __set_name__ run at class creation
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        Registry.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialized = True
class Base(metaclass=Registry):
    pass
class Child(Base):
    pass
print(Registry.classes, Base.tag, Child.tag, Child.initialized, type(Child).__name__)

class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_inst" not in cls.__dict__:
            cls._inst = super().__call__(*args, **kwargs)
        return cls._inst
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)

class Plugin:
    plugins = []
    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins.append((cls.__name__, kind))
class Json(Plugin, kind="json"):
    pass
class Text(Plugin):
    pass
print(Plugin.plugins)

class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
class Record:
    x = Field()
    y = Field()
r = Record()
r.__dict__["x"] = 5
print(Record.x.name, Record.y.owner, r.x, r.y)
print(isinstance(Base, Registry), isinstance(Child(), Base), Registry.__mro__[1].__name__)
