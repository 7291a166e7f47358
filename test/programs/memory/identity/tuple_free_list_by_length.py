# Tuples are kept per length: a freed 3-tuple is reused only by another 3-tuple.
t3 = tuple([1, 2, 3])
i3 = id(t3)
del t3
t2 = tuple([1, 2])
t4 = tuple([1, 2, 3, 4])
t3b = tuple([7, 8, 9])
print(id(t2) == i3, id(t4) == i3, id(t3b) == i3)
pairs = [(i, i + 1) for i in range(100)]
ids = {id(p) for p in pairs}
del pairs
again = [(i, -i) for i in range(100)]
print(len(ids & {id(p) for p in again}) >= 90)
