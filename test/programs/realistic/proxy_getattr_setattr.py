# Attribute hooks: a read-only proxy with __getattr__, a record that validates in __setattr__, and __getattribute__ counting.
class ReadOnly:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        value = getattr(self._target, name)
        return ReadOnly(value) if isinstance(value, (list, dict)) else value

    def __setattr__(self, name, value):
        raise AttributeError(f"read-only: cannot set {name!r}")

    def __repr__(self):
        return f"ReadOnly({self._target!r})"


class Record:
    fields = {"name": str, "age": int}

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        want = self.fields.get(name)
        if want is None:
            raise AttributeError(f"unknown field {name!r}")
        if not isinstance(value, want):
            raise TypeError(f"{name} must be {want.__name__}")
        super().__setattr__(name, value)


class Counting:
    def __init__(self):
        self.reads = {}
        self.x = 1

    def __getattribute__(self, name):
        if name != "reads":
            reads = object.__getattribute__(self, "reads")
            reads[name] = reads.get(name, 0) + 1
        return object.__getattribute__(self, name)


class Config:
    def __init__(self):
        self.debug = False
        self.paths = ["/a", "/b"]

    def __repr__(self):
        return f"Config(debug={self.debug})"


ro = ReadOnly(Config())
print(ro.debug, ro.paths, ro)
for attempt in [("debug", True), ("new", 1)]:
    try:
        setattr(ro, *attempt)
    except AttributeError as e:
        print("error:", e)
r = Record(name="ann", age=31)
print(r.name, r.age, vars(r))
for k, v in [("age", "old"), ("email", "x@y")]:
    try:
        setattr(r, k, v)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
c = Counting()
total = c.x + c.x + getattr(c, "x")
print(total, c.reads, hasattr(c, "missing"), c.reads.get("missing"))
try:
    ro.nothing
except AttributeError as e:
    print("missing:", e)
