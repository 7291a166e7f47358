# sys.getrefcount of self and arguments inside methods, classmethods, staticmethods, properties and __call__.
import sys
rc = sys.getrefcount
class Widget:
    registry = []
    def show(self):
        return rc(self)
    def keep(self):
        Widget.registry.append(self)
        return rc(self)
    def with_arg(self, other):
        return rc(self), rc(other)
    @classmethod
    def cls_rc(cls):
        return rc(cls)
    @staticmethod
    def static(x):
        return rc(x)
    @property
    def prop(self):
        return rc(self)
    def __call__(self):
        return rc(self)
    def __len__(self):
        return rc(self) - 1
    def __getitem__(self, k):
        return rc(self)
w = Widget()
other = Widget()
print("outside:", rc(w))
print("method:", w.show())
m = w.show
print("bound method kept:", rc(w), m())
del m
print("via class:", Widget.show(w))
print("with arg:", w.with_arg(other), w.with_arg(w))
print("classmethod vs static:", Widget.cls_rc() == w.cls_rc(), w.static(w))
print("property:", w.prop, "call:", w(), "len:", len(w), "getitem:", w[0])
print("keep:", w.keep(), rc(w))
Widget.registry.clear()
print("after clear:", rc(w))
def outer(obj):
    def inner():
        return rc(obj)
    return inner
f = outer(w)
print("closure:", rc(w), f())
del f
print("final:", rc(w), rc(other))
