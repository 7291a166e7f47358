# Methods' argument checks by convention and version: bytes' search methods (PyArg_ParseTuple up to
# 3.12, Argument Clinic in 3.13), METH_O join and fromhex, keywords refused, start/end indices.


def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, "!!", e)


show("b'ab'.count()", lambda: b"ab".count())
show("b'ab'.find(1, 2, 3, 4)", lambda: b"ab".find(1, 2, 3, 4))
show("b'ab'.startswith()", lambda: b"ab".startswith())
show("b'ab'.endswith(x=1)", lambda: b"ab".endswith(x=1))
show("bytearray(b'ab').index()", lambda: bytearray(b"ab").index())
show("b'ab'.count(b'a', 'b')", lambda: b"ab".count(b"a", "b"))
show("b''.join()", lambda: b"".join())
show("b''.join([], [])", lambda: b"".join([], []))
show("b''.join(x=1)", lambda: b"".join(x=1))
show("bytes.fromhex()", lambda: bytes.fromhex())
show("bytearray.fromhex('00', x=1)", lambda: bytearray.fromhex("00", x=1))
show("dict.fromkeys(x=1)", lambda: dict.fromkeys(x=1))
show("dict.fromkeys()", lambda: dict.fromkeys())
show("'ab'.find('a', 'b')", lambda: "ab".find("a", "b"))
show("'ab'.count('a', 0, 'c')", lambda: "ab".count("a", 0, "c"))
show("'ab'.find(1)", lambda: "ab".find(1))
show("'ab'.count(1)", lambda: "ab".count(1))
show("'ab'.split(1)", lambda: "ab".split(1))
show("'ab'.rsplit(1, 2)", lambda: "ab".rsplit(1, 2))
show("'ab'.strip(1)", lambda: "ab".strip(1))
show("'ab'.lstrip(1)", lambda: "ab".lstrip(1))
show("'ab'.expandtabs(4, x=1)", lambda: "ab".expandtabs(4, x=1))
show("'ab'.splitlines(True, x=1)", lambda: "ab".splitlines(True, x=1))
show("[].sort(1, 2, 3)", lambda: [].sort(1, 2, 3))
show("[].sort(key=None, reverse=1, x=3)", lambda: [].sort(key=None, reverse=1, x=3))
show("[].sort(1)", lambda: [].sort(1))
