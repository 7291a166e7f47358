# A builtin type's __dict__ (type_dict): a new mappingproxy each time, over the dict type_ready
# filled at start-up; using it makes no dict (the free lists stay as they were).
import sys

def blocks(f):
    b0 = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b0, r

for t in (object, int, str, type):
    print(t.__name__, t.__dict__ is t.__dict__, t.__dict__ == t.__dict__, len(t.__dict__) > 10)
# The first pass only warms up: 3.11's first one varies with the environment (a CI run's
# CPython printed one block less for the update line than every other run).
for i in range(3):
    for f in (lambda: len(list(object.__dict__)), lambda: sorted(int.__dict__)[:3],
              lambda: [d.update(object.__dict__) or len(d) for d in [{}]],
              lambda: '__init__' in object.__dict__,
              lambda: object.__dict__['__init__'] is object.__init__,
              lambda: type(object.__dict__.copy()).__name__, lambda: len(object.__dict__.keys()),
              lambda: ({'a': 1}, {'b': 2}, {'c': 3}) and 1):
        r = blocks(f)
        if i > 0:
            print(r)
# With the dict and keys free lists emptied, a use of the proxy makes no dict to park.
held = [{str(i): i} for i in range(200)]
for i in range(3):
    print(blocks(lambda: len(list(object.__dict__))))
    print(blocks(lambda: len(dir(object))))
    print(blocks(lambda: list(int.__dict__.items())[0][0] in int.__dict__))
    print(blocks(lambda: repr(object.__dict__).startswith("mappingproxy({'__")))
print(sys.getrefcount(object.__dict__['__init__']) > 1)
