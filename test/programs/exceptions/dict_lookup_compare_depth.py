# Where a dict lookup takes a level of depth (Objects/dictobject.c). An exact str searched in a
# str-keyed table is compared by unicode_eq (lookdict_unicode, lookdict_split,
# unicodekeys_lookup_unicode): no level. A general table compares by PyObject_RichCompareBool,
# which takes one (" in comparison") even for two equal strs that are not the same object. 3.8-3.10's
# keys object stays general (dk_lookup = lookdict) once a non-str key went in, through resizes and
# copies; 3.8-3.9 also once one was merely looked up (3.10's lookdict_unicode no longer switches),
# while a split instance dict (lookdict_split) and a cleared dict (Py_EMPTY_KEYS) never switch.
# 3.11+ tables turn general only when a non-str key goes in. From 3.12 the comparison counts
# against the C stack limit, not the frames'. Recursing with a lookup at each level: a lookup
# taking a level fails first, at the deepest frame.
def probe(n=0):
    try:
        return probe(n + 1)
    except RecursionError:
        return n


def look_in(n, d, attr=False):
    """Recurse with a lookup of k at each level: in d, or as d's attribute (getattr)."""
    try:
        getattr(d, k) if attr else k in d
    except RecursionError as e:
        return ("lookup", n, e)
    try:
        return look_in(n + 1, d, attr)
    except RecursionError as e:
        return ("call", n, e)


def show(name, r):
    print(name, r[0], base - r[1], str(r[2]))


class Obj:
    pass


class S(str):
    pass


k = "".join(["ab", "c"])
base = probe()
u = {"abc": 1}
show("unicode", look_in(0, u))
g = {"abc": 1, 1: 2}
show("general", look_in(0, g))
w = {"abc": 1}
print(1 in w)
show("after int lookup", look_in(0, w))
w2 = w.copy()
show("copy of it", look_in(0, w2))
w3 = dict(w)
show("dict() of it", look_in(0, w3))
for name in ("x", "y", "z", "zz", "zzz"):
    w[name] = 1
show("after resize", look_in(0, w))
x = {"abc": 1}
x[1] = 2
del x[1]
show("after int key deleted", look_in(0, x))
x2 = x.copy()
show("copy of it", look_in(0, x2))
o = Obj()
o.abc = 1
show("instance attr", look_in(0, o, True))
show("instance dict", look_in(0, o.__dict__))
print(1 in o.__dict__)
show("instance dict after int lookup", look_in(0, o.__dict__))
show("instance attr after", look_in(0, o, True))
s = {"abc": 1}
print(S("abc") in s)
show("after str subclass lookup", look_in(0, s))
t = {"abc": 1}
t.get(2.5)
show("after float get", look_in(0, t))
t.clear()
t["abc"] = 1
show("after clear", look_in(0, t))
e = {}
print(1 in e)
e["abc"] = 1
show("empty dict's int lookup, then a str key", look_in(0, e))
