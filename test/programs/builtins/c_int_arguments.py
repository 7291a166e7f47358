# Arguments Argument Clinic converts to a C int (_PyLong_AsInt): str, bytes and bytearray
# expandtabs' tabsize, chr's code point up to 3.12 (3.13 reads a C long and calls the rest out
# of range), object.__reduce_ex__'s protocol, and splitlines' keepends up to 3.11.
def show(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__, repr(r)[:30])
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


for n in (2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 40, 2 ** 64, -2 ** 70):
    show("a".expandtabs, n)
    show(b"a".expandtabs, n)
    show(bytearray(b"a").expandtabs, n)
    show(chr, n)
    if not -2 ** 31 <= n < 2 ** 31:
        show(object().__reduce_ex__, n)
    show("a\nb".splitlines, n)
    show(b"a\nb".splitlines, n)
show(chr, 0x110000)
show(chr, -1)
show(chr, True)
show(chr, 1.5)
show("a\tb".expandtabs, -1)
show("a\tb".expandtabs, 4)
