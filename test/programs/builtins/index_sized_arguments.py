# Sequence indexes past a Py_ssize_t (PyNumber_AsSsize_t(item, PyExc_IndexError)): "cannot fit' into
# an index-sized integer" as an IndexError for str/bytes/bytearray/list/tuple/range/memoryview
# subscripts, item assignment and deletion; list/bytearray pop and insert and int.to_bytes' length are
# Argument Clinic Py_ssize_t arguments (OverflowError "Python int too large to convert to C ssize_t").
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
for name, o in [("str", "abc"), ("bytes", b"abc"), ("bytearray", bytearray(b"abc")), ("list", [3, 1, 2]), ("tuple", (1, 2, 1)), ("range", range(5)), ("memoryview", memoryview(b"abc"))]:
    show(name + "[I(2**70)]", lambda: o[I(2**70)])
    show(name + "[2**70]", lambda: o[2**70])
    show(name + "[-2**70]", lambda: o[-2**70])
    show(name + "[2**63]", lambda: o[2**63])
    show(name + "[2**63-1]", lambda: o[2**63 - 1])
    show(name + "[I(1)]", lambda: o[I(1)])
    show(name + "[True]", lambda: o[True])
    show(name + ".__getitem__(2**70)", lambda: o.__getitem__(2**70))
    show(name + " pop(2**70)", lambda: o.pop(2**70))
    show(name + " pop(I(-1))", lambda: o.pop(I(-1)))
    show(name + " del [2**70]", lambda: o.__delitem__(2**70))
    show(name + " set [2**70]", lambda: o.__setitem__(2**70, 1))
    show(name + " insert(2**70)", lambda: o.insert(2**70, 9) or o)
    show(name + " index(1, 2**70)", lambda: o.index(1, 2**70))
show("to_bytes(2**70)", lambda: (7).to_bytes(2**70, "big"))
show("to_bytes(I(2**70))", lambda: (7).to_bytes(I(2**70), "big"))
show("to_bytes(-1)", lambda: (7).to_bytes(-1, "big"))
show("to_bytes(I(2))", lambda: (7).to_bytes(I(2), "big"))
show("to_bytes(2.0)", lambda: (7).to_bytes(2.0, "big"))
