# A freed object's memory is reused by the next object of the same size: same id().
class Box:
    pass
a = Box()
first = id(a)
del a
b = Box()
print(id(b) == first)
x = [1, 2, 3]
lid = id(x)
del x
y = [4, 5, 6]
print(id(y) == lid)
ids = set()
for i in range(5):
    o = Box()
    ids.add(id(o))
    del o
print(len(ids))
