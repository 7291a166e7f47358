# Argument Clinic C int arguments (_PyLong_AsInt / PyLong_AsInt) read a non-int through its __index__
# (PyNumber_Index: an int result checked), then refuse past a C int with "Python int too large to
# convert to C int", never PyNumber_AsSsize_t's "cannot fit": str/bytes/bytearray expandtabs,
# chr up to 3.12, splitlines' keepends up to 3.11, object.__reduce_ex__.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
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
