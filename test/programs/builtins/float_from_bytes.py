# float() of bytes and bytearray parses their ASCII text (PyFloat_FromString); a failure names the object.


def show(label, f):
    try:
        print(label, "->", f())
    except (TypeError, ValueError) as e:
        print(label, "!!", type(e).__name__, e)


show("float(b'1.5')", lambda: float(b"1.5"))
show("float(bytearray(b' 2 '))", lambda: float(bytearray(b" 2 ")))
show("float(b'1_0')", lambda: float(b"1_0"))
show("float(b'-inf')", lambda: float(b"-inf"))
show("float(b'xy')", lambda: float(b"xy"))
show("float(b'\\xa01')", lambda: float(b"\xa01"))
show("float(b'')", lambda: float(b""))
show("float(b'  ')", lambda: float(b"  "))
show("float(bytearray(b'1__0'))", lambda: float(bytearray(b"1__0")))
