# bytes and bytearray methods' conventions by version: METH_NOARGS case methods and class tests,
# strip's positional count, Argument Clinic's keywords for split/splitlines/expandtabs/translate
# (splitlines' keepends: int converter up to 3.11, bool from 3.12), maketrans' keywords refused;
# str.format_map (METH_O) and splitlines, int.to_bytes/from_bytes (3.11 made length and byteorder optional).

SHAPES = [(), (1,), ("a",), (None,), (1, 2), (1, 2, 3), ([1],)]


def calls(label, f):
    for args in SHAPES:
        show(label, args, lambda: f(*args))
    show(label, "x=1", lambda: f(x=1))


def show(label, args, f):
    try:
        r = f()
        print(label, args, "->", type(r).__name__)
    except Exception as e:
        print(label, args, "!!", type(e).__name__, e)


for o in (b"a\tb", bytearray(b"a\tb")):
    for name in ("capitalize", "isalnum", "isascii", "istitle", "upper", "strip", "rstrip", "expandtabs", "splitlines", "split", "rsplit", "translate", "maketrans", "fromhex"):
        calls(f"{type(o).__name__}.{name}", getattr(o, name))
for name in ("format_map", "splitlines", "removeprefix"):
    if not hasattr("ab", name):
        continue
    calls(f"str.{name}", getattr("ab", name))
calls("int.to_bytes", (5).to_bytes)
calls("int.from_bytes", int.from_bytes)
show("to_bytes", "length=2", lambda: (5).to_bytes(length=2, byteorder="little"))
show("from_bytes", "bytes=", lambda: int.from_bytes(bytes=b"\x01", byteorder="big", signed=True))
show("bytes.split", "maxsplit=", lambda: b"a b c".split(maxsplit=1))
show("bytes.translate", "delete=", lambda: b"abc".translate(None, delete=b"b"))
