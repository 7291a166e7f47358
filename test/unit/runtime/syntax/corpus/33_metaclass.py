class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes[name] = cls
        return cls

class Base(metaclass=Registry):
    pass

class Plugin(Base):
    def run(self):
        return type(self).__name__

class Other(Plugin, object):
    x = [i for i in range(3)]

print(sorted(Registry.classes), Other().run(), Other.x)
