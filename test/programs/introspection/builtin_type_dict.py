# A builtin type's __dict__ (type_dict): a new mappingproxy each time, over the dict type_ready
# filled at start-up; using it makes no dict (the free lists stay as they were).
import sys

def blocks(f):
    b0 = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b0, r

for t in (object, int, str, type):
    print(t.__name__, t.__dict__ is t.__dict__, t.__dict__ == t.__dict__, len(t.__dict__) > 10)
for i in range(3):
    print(blocks(lambda: len(list(object.__dict__))))
    print(blocks(lambda: sorted(int.__dict__)[:3]))
    print(blocks(lambda: [d.update(object.__dict__) or len(d) for d in [{}]]))
    print(blocks(lambda: '__init__' in object.__dict__))
    print(blocks(lambda: object.__dict__['__init__'] is object.__init__))
    print(blocks(lambda: type(object.__dict__.copy()).__name__))
    print(blocks(lambda: len(object.__dict__.keys())))
    print(blocks(lambda: ({'a': 1}, {'b': 2}, {'c': 3}) and 1))
# With the dict and keys free lists emptied, a use of the proxy makes no dict to park.
held = [{str(i): i} for i in range(200)]
for i in range(3):
    print(blocks(lambda: len(list(object.__dict__))))
    print(blocks(lambda: len(dir(object))))
    print(blocks(lambda: list(int.__dict__.items())[0][0] in int.__dict__))
    print(blocks(lambda: repr(object.__dict__).startswith("mappingproxy({'__")))
print(sys.getrefcount(object.__dict__['__init__']) > 1)
