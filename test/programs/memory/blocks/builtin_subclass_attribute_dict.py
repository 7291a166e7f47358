# Attributes on instances of classes derived from builtins: the first store makes the
# instance's __dict__ (a split dict over the class's cached keys where the version gives the
# class some, else a combined one), and the class's size counts those cached keys.
import sys


class Tags(list):
    pass


class Registry(dict):
    pass


class Label(str):
    pass


class Count(int):
    pass


class Point(tuple):
    pass


class Ratio(float):
    pass


class Plain:
    pass


classes = (Tags, Registry, Label, Count, Point, Ratio, Plain)
print("class sizes:", [sys.getsizeof(c) for c in classes])


def first_stores(make):
    o = make()
    before = sys.getallocatedblocks()
    o.tag = 1
    one = sys.getallocatedblocks() - before
    o.more = 2
    o.third = 3
    three = sys.getallocatedblocks() - before
    return type(o).__name__, one, three, sys.getsizeof(o.__dict__), sys.getsizeof(o)


for make in (Tags, Registry, lambda: Label("abc"), lambda: Count(7), lambda: Point((1, 2)), lambda: Ratio(0.5), Plain):
    print(*first_stores(make))

t = Tags([1, 2, 3])
t.name = "primes"
t.source = "table"
print("dict and items:", t.__dict__, list(t), len(t))
d = t.__dict__
print("refcount of the dict:", sys.getrefcount(d))
del t.source
print("after del:", t.__dict__, sys.getsizeof(t.__dict__))

many = Registry(a=1)
for i in range(12):
    setattr(many, "attr%d" % i, i)
print("twelve attributes:", len(many.__dict__), sys.getsizeof(many.__dict__), dict(many))
