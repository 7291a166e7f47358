# A module made by calling the module type (ModuleType(name, doc)): its namespace, repr,
# argument errors, and the blocks it takes and gives back.
import sys

M = type(sys)
print("the module type:", M.__name__)
g = sys.getallocatedblocks
b = g()
m3 = M("k")
made = g() - b
refs = sys.getrefcount(m3)
b = g()
del m3
print(made, refs, g() - b)

m = M("m")
print(m, m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__)
print(sorted(m.__dict__), m.__dict__ is m.__dict__)
m2 = M("n", "docstring")
print(m2.__doc__, repr(m2))
m.x = 1
print(m.x, m.__dict__["x"])
try:
    M(1)
except TypeError as e:
    print(e)
try:
    M()
except TypeError as e:
    print(e)
