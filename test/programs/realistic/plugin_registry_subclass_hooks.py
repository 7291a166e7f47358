# Class-creation hooks: __init_subclass__ registries with keyword arguments, a metaclass counting and naming classes, __set_name__.
class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Registered:
    registry = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registered.registry[kind or cls.__name__.lower()] = cls


class Counting(type):
    made = []

    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("label", name.upper())
        cls = super().__new__(mcls, name, bases, ns)
        mcls.made.append(name)
        return cls

    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj.serial = len(Counting.made) * 100 + id(cls) % 1
        return obj


class Csv(Registered, kind="csv"):
    sep = Field()


class Json(Registered):
    indent = Field()


class Widget(metaclass=Counting):
    name = Field()

    def __init__(self, name):
        self.name = name


class Button(Widget):
    label = "press"


print(sorted(Registered.registry), Registered.registry["json"] is Json)
c = Csv()
print(c.sep, Csv.sep.owner, Csv.sep.name)
c.sep = ";"
print(c.sep, vars(c))
w, b = Widget("w1"), Button("b1")
print(Counting.made, Widget.label, Button.label, w.name, b.name, w.serial, type(Button).__name__)
try:
    class Bad(Registered, colour="red"):
        pass
except TypeError as e:
    print("error:", e)
print(isinstance(b, Widget), Button.__mro__[1].__name__, [k for k in vars(Json) if not k.startswith("__")])
