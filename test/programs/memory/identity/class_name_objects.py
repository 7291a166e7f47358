# A class keeps its name and qualified name as str objects (ht_name, ht_qualname): __name__
# and __qualname__ give those back, no new str per access; a builtin type's are made anew.
import gc, sys
gc.collect()
gc.disable()
class Config:
    class Inner:
        pass
Made = type("Made" + str(len("ab")), (), {})
def blocks(f):
    b0 = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b0
print(Config.__name__ is Config.__name__, Config.Inner.__qualname__ is Config.Inner.__qualname__, Made.__name__ is Made.__qualname__)
print(blocks(lambda: [Config.__name__ for i in range(50)]), blocks(lambda: [Config.Inner.__qualname__ for i in range(50)]))
print(blocks(lambda: [int.__name__ for i in range(50)]), int.__name__ is int.__name__)
n = Made.__name__
print(n, sys.getrefcount(n))
del Made
gc.collect()
print(n, sys.getrefcount(n))
Config.__name__ = "Renamed" + str(len("abc"))
Config.__qualname__ = Config.__name__
print(Config.__name__, Config.__qualname__, Config.__qualname__ is Config.__name__, repr(Config)[-10:])
