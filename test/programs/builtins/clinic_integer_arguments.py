# Argument Clinic C int arguments (_PyLong_AsInt / PyLong_AsInt: expandtabs, chr up to 3.12,
# splitlines' keepends up to 3.11, object.__reduce_ex__, bytes.hex's bytes_per_sep) read a non-int
# through its __index__ (PyNumber_Index: an int result checked), then refuse past a C int with
# "Python int too large to convert to C int", never PyNumber_AsSsize_t's "cannot fit".
# Argument Clinic Py_ssize_t arguments (split/rsplit maxsplit, replace count, center/ljust/rjust/zfill
# width of str, bytes and bytearray): a float refused first up to 3.9, then PyNumber_Index (a non-int
# __index__ result refused) and PyLong_AsSsize_t ("Python int too large to convert to C ssize_t").
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
for name, o in [("str", "a b"), ("bytes", b"a b"), ("bytearray", bytearray(b"a b"))]:
    sp = " " if name == "str" else b" "
    show(name + " split I", lambda: o.split(None, I(1)))
    show(name + " split float", lambda: o.split(sp, 1.5))
    show(name + " split huge", lambda: o.split(sp, 2**70))
    show(name + " split -huge", lambda: o.split(sp, -2**70))
    show(name + " rsplit I huge", lambda: o.rsplit(sp, I(2**70)))
    show(name + " split str", lambda: o.split(sp, "x"))
    show(name + " split kw", lambda: o.split(maxsplit=I(0)))
    show(name + " split bool", lambda: o.split(sp, True))
    show(name + " replace I", lambda: o.replace(sp, sp + sp, I(1)))
    show(name + " replace huge", lambda: o.replace(sp, sp, 2**64))
    show(name + " replace float", lambda: o.replace(sp, sp, 1.0))
    show(name + " center I", lambda: o.center(I(5)))
    show(name + " center huge", lambda: o.center(2**70))
    show(name + " center -huge", lambda: o.center(-2**70))
    show(name + " ljust float", lambda: o.ljust(5.0))
    show(name + " zfill I", lambda: o.zfill(I(5)))
    show(name + " zfill huge", lambda: o.zfill(2**64))
    show(name + " zfill bad", lambda: o.zfill(I("x")))
show("hex sep I", lambda: b"abcd".hex(":", I(2)))
show("hex sep huge", lambda: b"abcd".hex(":", 2**40))
show("hex sep float", lambda: b"abcd".hex(":", 1.0))
show("expandtabs 2**70", lambda: 'a\tb'.expandtabs(I(2**70)))
show("expandtabs -2**70", lambda: 'a\tb'.expandtabs(I(-2**70)))
show("expandtabs 2**31", lambda: 'a\tb'.expandtabs(I(2**31)))
show("expandtabs 3", lambda: 'a\tb'.expandtabs(I(3)))
show("expandtabs float idx", lambda: 'a\tb'.expandtabs(I(1.5)))
show("bytes expandtabs", lambda: b'a\tb'.expandtabs(I(2**70)))
show("bytearray expandtabs", lambda: bytearray(b'a\tb').expandtabs(I(2**64)))
show("chr", lambda: chr(I(2**70)))
show("chr 2**40", lambda: chr(I(2**40)))
show("chr 65", lambda: chr(I(65)))
show("chr str", lambda: chr(I('a')))
show("splitlines", lambda: 'a\nb'.splitlines(I(2**70)))
show("reduce_ex", lambda: object().__reduce_ex__(I(2**70)))
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
