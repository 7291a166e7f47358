# dict_keys/dict_items/dict_values' own slot wrappers (dictview_repr, dictview_richcompare and
# dictview_as_number for keys and items, __getattribute__ up to 3.12): called through the type with no
# receiver or a wrong one they name their own type; object.__repr__ is object_repr on any object.
def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
def norm(s): return s.split(' at 0x')[0]
for name, o in [("keys", {1: 2}.keys()), ("items", {1: 2}.items()), ("values", {1: 2}.values())]:
    t = type(o)
    print(name, sorted(k for k, v in t.__dict__.items() if type(v).__name__ == 'wrapper_descriptor'))
    show(name + " repr()", lambda: t.__repr__())
    show(name + " repr(1j)", lambda: t.__repr__(1j))
    show(name + " repr(o)", lambda: t.__repr__(o))
    show(name + " eq()", lambda: t.__eq__(o))
    show(name + " eq(1j, 1)", lambda: t.__eq__(1j, 1))
    show(name + " eq(o, o)", lambda: t.__eq__(o, o))
    show(name + " lt(o, {1})", lambda: t.__lt__(o, {1}) if hasattr(t, '__lt__') else None)
    show(name + " and", lambda: t.__and__(o, {1}) if '__and__' in t.__dict__ else None)
    show(name + " rsub", lambda: t.__rsub__(o, {1, 3}) if '__rsub__' in t.__dict__ else None)
    show(name + " len", lambda: t.__len__(o))
    show(name + " contains", lambda: t.__contains__(o, 1) if '__contains__' in t.__dict__ else None)
    show(name + " o.__repr__()", lambda: o.__repr__())
    show(name + " o.__eq__(o)", lambda: o.__eq__(o))
    show(name + " o.__ne__(1)", lambda: o.__ne__(1))
    show(name + " hash", lambda: t.__hash__)
show("object.__repr__(1j)", lambda: norm(object.__repr__(1j)))
show("object.__repr__([])", lambda: norm(object.__repr__([])))
show("object.__repr__(keys)", lambda: norm(object.__repr__({}.keys())))
show("object.__repr__(int)", lambda: norm(object.__repr__(int)))
show("object.__repr__(None)", lambda: norm(object.__repr__(None)))
show("object.__str__(1j)", lambda: object.__str__(1j))
class A:
    def __repr__(self): return 'A!'
show("object.__repr__(A())", lambda: norm(object.__repr__(A())))
show("repr(A())", lambda: repr(A()))
