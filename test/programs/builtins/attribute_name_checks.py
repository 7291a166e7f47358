# getattr, hasattr, setattr and delattr check the attribute name (3.8-3.10's getattr and hasattr
# word it themselves); deleting an attribute of an object without __dict__.


def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except (TypeError, AttributeError) as e:
        print(label, "!!", type(e).__name__, e)


show("getattr(1, 2)", lambda: getattr(1, 2))
show("getattr(1, 2, 3)", lambda: getattr(1, 2, 3))
show("getattr(1, b'real')", lambda: getattr(1, b"real"))
show("hasattr(1, 2)", lambda: hasattr(1, 2))
show("hasattr(1, 'real')", lambda: hasattr(1, "real"))
show("setattr(1, 2, 3)", lambda: setattr(1, 2, 3))
show("setattr(1, 'x', 3)", lambda: setattr(1, "x", 3))
show("delattr(1, 2)", lambda: delattr(1, 2))
show("delattr(1, 'x')", lambda: delattr(1, "x"))
show("delattr([], None)", lambda: delattr([], None))


class Slotted:
    __slots__ = ("a",)


show("delattr(Slotted(), 'x')", lambda: delattr(Slotted(), "x"))
show("getattr(1, 'zz', None)", lambda: getattr(1, "zz", None))
