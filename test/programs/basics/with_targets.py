# A with statement binds its value to any target: a name, an attribute, a subscript,
# a tuple, several items at once.
class CM:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self.value
    def __exit__(self, *exc):
        return False
class Box:
    pass
box = Box()
d = {}
with CM(1) as box.attr:
    pass
with CM(2) as d['k'], CM((3, 4)) as (a, b):
    pass
with CM([5, 6, 7]) as [first, *rest]:
    print(first, rest)
with CM(8) as d[len(d)]:
    print(d)
print(box.attr, d, a, b)
class Holder:
    def run(self):
        with CM('inside') as self.state:
            return self.state
print(Holder().run())
