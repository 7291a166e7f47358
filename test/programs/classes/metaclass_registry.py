# A metaclass that registers subclasses by name, adds a method to each class, and builds classes with type(name, bases, ns)
class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        cls.describe = lambda self: f"{type(self).__name__} plugin"
        return cls
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, key):
        return cls.registry[key]
class Plugin(metaclass=PluginMeta):
    def run(self):
        return "base"
class Upper(Plugin):
    def run(self, s="abc"):
        return s.upper()
class Reverse(Plugin):
    def run(self, s="abc"):
        return s[::-1]
print(sorted(PluginMeta.registry), len(Plugin))
for name in ("upper", "reverse"):
    p = Plugin[name]()
    print(name, p.run(), p.describe(), isinstance(p, Plugin))
Dyn = type("Dyn", (Plugin,), {"run": lambda self: "dynamic"})
print(Dyn().run(), Dyn.__name__, Dyn.__bases__[0].__name__, type(Dyn).__name__)
print(type(Upper) is PluginMeta, PluginMeta.__name__, issubclass(PluginMeta, type))
