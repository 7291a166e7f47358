# __del__: when it runs (refcount drop, del, rebinding, clear, collection, exit), once only,
# resurrection, inheritance, builtin subclasses, and an exception raised inside it.
import gc

gc.disable()
gc.collect()
log = []

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
        print("  __del__", self.name)

class Child(Tracked):
    pass

class TrackedList(list):
    def __del__(self):
        print("  list __del__ with", len(self), "items")

print("rebinding")
a = Tracked("first")
a = Tracked("second")
print("del statement")
b = Child("child")
alias = b
del b
print("  still alive via alias:", alias.name)
del alias
print("container clear")
items = [Tracked("i0"), Tracked("i1"), Tracked("i2")]
items.clear()
print("pop from dict")
d = {"k": Tracked("in dict")}
d.pop("k")
print("function local")
def use():
    t = Tracked("local")
    return t.name.upper()
print(use())
print("temporary")
Tracked("temp").name
print("builtin subclass")
TrackedList([1, 2, 3])

print("cycle")
def cycle():
    x, y = Tracked("x"), Tracked("y")
    x.other, y.other = y, x
cycle()
print("  before collect", log[-1])
n = gc.collect()
print("  collected something:", n > 0, sorted(log[-2:]))

saved = []
class Phoenix:
    def __del__(self):
        print("  phoenix rises")
        saved.append(self)

print("resurrection")
p = Phoenix()
del p
print("  saved:", len(saved))
saved.clear()
print("  cleared again, no second __del__")

class Noisy:
    def __del__(self):
        raise RuntimeError("error in __del__")

print("exception in __del__")
Noisy()
print("  execution continues")
print(log)
last = Tracked("at exit")
print("end of script")
