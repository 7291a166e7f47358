# class attributes, instance attributes, shadowing, and data descriptors winning over the instance dict
class Shared:
    items = []
    n = 0

    def add(self, x):
        self.items.append(x)
        self.n += 1


a = Shared()
b = Shared()
a.add(1)
b.add(2)
print(Shared.items, a.n, b.n, Shared.n)
del a.n
print(a.n)


class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return "class access"
        return f"get from {type(obj).__name__}"

    def __set__(self, obj, value):
        print("set", value)


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


class Host:
    d = Desc()
    nd = NonData()


h = Host()
print(Host.d, h.d)
h.d = 5
h.__dict__["d"] = "shadow?"
print(h.d)
print(h.nd)
h.nd = "instance wins"
print(h.nd)
print(sorted(h.__dict__))
try:
    h.missing
except AttributeError as e:
    print(e)
try:
    Host.missing
except AttributeError as e:
    print(e)
