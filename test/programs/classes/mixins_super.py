# Cooperative multiple inheritance: mixins calling super() through the MRO, with keyword arguments passed along
class Base:
    def __init__(self, **kw):
        self.parts = ["Base"]
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")
    def describe(self):
        return "base"
class JsonMixin:
    def __init__(self, indent=2, **kw):
        super().__init__(**kw)
        self.indent = indent
        self.parts.append("Json")
    def describe(self):
        return "json+" + super().describe()
class LogMixin:
    def __init__(self, level="info", **kw):
        super().__init__(**kw)
        self.level = level
        self.parts.append("Log")
    def describe(self):
        return "log+" + super().describe()
class Service(LogMixin, JsonMixin, Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.parts.append("Service")
s = Service("api", level="debug", indent=4)
print(s.parts, s.level, s.indent, s.describe())
print([c.__name__ for c in Service.__mro__])
try:
    Service("x", colour=1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(s, JsonMixin), issubclass(Service, LogMixin), Service.describe is LogMixin.describe)
