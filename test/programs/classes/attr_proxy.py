# A logging proxy built on __getattr__/__setattr__/__delattr__, and a record whose missing attributes have defaults
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)
class Box:
    pass
b = Box()
p = Proxy(b)
p.size = 3
p.color = "red"
print(p.size, p.color, b.size)
del p.color
print(hasattr(b, "color"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

class Defaults:
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError(f"no option {name}")
d = Defaults()
d.opt_a = 1
print(d.opt_a, d.opt_b, getattr(d, "x", "fallback"))
