# A plugin registry: __init_subclass__ with keyword arguments, class decorators, a
# descriptor with __set_name__/__get__/__set__, classes made with type(name, bases, dict),
# __call__, __getattr__ fallbacks and __setattr__ validation.
registry = {}


class Plugin:
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        registry[cls.plugin_name] = cls

    def __call__(self, text):
        return self.run(text)

    def __repr__(self):
        return f"<{type(self).__name__} {self.plugin_name!r} p={self.priority}>"


class Upper(Plugin, name="up", priority=2):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, priority=1):
    def run(self, text):
        return text[::-1]


def tagged(*tags):
    def deco(cls):
        cls.tags = tags
        return cls
    return deco


@tagged("fast", "pure")
class Strip(Plugin):
    def run(self, text):
        return text.strip()


Exclaim = type("Exclaim", (Plugin,), {"run": lambda self, text: text + "!", "__doc__": "adds a bang"})
print(sorted(registry), Strip.tags, Exclaim.__doc__, Exclaim.__name__, Exclaim.__qualname__, Exclaim.__module__, Exclaim.__bases__)
pipeline = sorted((cls() for cls in registry.values()), key=lambda p: (-p.priority, p.plugin_name))
print(pipeline)
text = "  hello plugins "
for p in pipeline:
    text = p(text)
    print(repr(text))
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
print(type(3), type("T", (), {})().__class__.__name__, type(type), isinstance(Upper(), Plugin), issubclass(Exclaim, Plugin))


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.store = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.store, None)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.owner}.{self.name} must be a number, not {type(value).__name__}")
        setattr(obj, self.store, value)


class Config:
    width = Field()
    height = Field()
    _frozen = False

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
        self._frozen = True

    def __setattr__(self, key, value):
        if self._frozen and not key.startswith("_"):
            raise AttributeError(f"{type(self).__name__} is frozen; cannot set {key!r}")
        super().__setattr__(key, value)

    def __getattr__(self, key):
        if key.startswith("default_"):
            return key[len("default_"):].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {key!r}")


cfg = Config(width=3, height=4.5)
print(cfg.width, cfg.height, cfg.default_color, Config.width.name, Config.height.store, vars(cfg))
for action in [lambda: setattr(cfg, "width", 5), lambda: Config(width="wide"), lambda: cfg.missing, lambda: getattr(cfg, "nothing")]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(getattr(cfg, "nothing", "fallback"), hasattr(cfg, "default_x"), hasattr(cfg, "other"))
cfg._scratch = 1
print(sorted(vars(cfg)))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (args, sorted(kwargs.items()))


counter = Counter()
print(counter(1, 2, x=3), counter(), counter.calls, callable(counter), callable(Counter), callable(3))
try:
    Upper()(1)
except AttributeError as e:
    print("AttributeError:", e)
