# __init_subclass__ with keyword arguments, a plugin registry, and __set_name__
registry = {}


class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry[name or cls.__name__.lower()] = cls


class Alpha(Plugin, name="a"):
    pass


class Beta(Plugin):
    pass


print(sorted(registry))
print(registry["a"] is Alpha, registry["beta"].__name__)


class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")


class Model:
    title = Field()
    body = Field()


m = Model()
print(Model.title.name, Model.body.owner, m.title)
try:
    class Broken(Plugin, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
