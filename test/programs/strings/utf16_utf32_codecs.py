# 'utf-16' and 'utf-32' are reached by name without the codec registry: a BOM and
# little-endian units; decoding goes through a writer that widens its str as it meets
# wider characters and ends resized to what it wrote.
import sys

texts = ["", "a", "abc", "caf\xe9", "\u20ac10", "snake \U0001f40d", "\xff" * 40, "x" * 100 + "\u0100"]
for t in texts:
    for enc in ("utf-16", "UTF-32", "utf_16", "Utf 32", "utf16"):
        b = t.encode(enc)
        print(enc, len(b), b[:6], sys.getsizeof(b), b.decode(enc) == t, sys.getsizeof(b.decode(enc)))

print(bytes("hi", "utf-16"), bytearray("hi", "utf-32"), str(b"\xff\xfeh\x00i\x00", "utf-16"))
print(repr(b"".decode("no-such-codec")), repr(str(b"", "no-such-codec")))

# Big-endian input picks its order from the BOM; without a BOM the order is native.
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"h\x00i\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00h".decode("utf-32"), b"h\x00\x00\x00".decode("utf-32"))

# One Latin-1 character decodes to the shared one-character str.
one = b"\xff\xfeA\x00".decode("utf-16")
print(one is chr(65), b"\xff\xfe\xe9\x00".decode("utf-16") is chr(233))


def blocks_of(fn, n=50):
    fn()
    before = sys.getallocatedblocks()
    keep = [fn() for _ in range(n)]
    return sys.getallocatedblocks() - before, sys.getsizeof(keep[0])


print(blocks_of(lambda: ("abc" * 30 + "\u0394" + "z" * 10).encode("utf-16").decode("utf-16")))
print(blocks_of(lambda: ("\U0001f600" + "q" * 50).encode("utf-32").decode("utf-32")))
print(blocks_of(lambda: ("\xe9" * 3 + "\u4e2d" + "\U0001f600").encode("utf-16").decode("utf-16")))

bad = [
    (b"\xff\xfea", "utf-16"),
    (b"\xff\xfe\x00\xd8", "utf-16"),
    (b"\xff\xfe\x00\xdc", "utf-16"),
    (b"\xff\xfe\x00\xd8a\x00", "utf-16"),
    (b"a\x00\x00\xd8", "utf-16"),
    (b"\xfe\xff\xd8\x00\x00a", "utf-16"),
    (b"\xff\xfe\x00\x00a\x00\x00", "utf-32"),
    (b"\x00\xd8\x00\x00", "utf-32"),
    (b"\x00\x00\x11\x00", "utf-32"),
    (b"\x00\x00\xfe\xff\x00\x00\xd8\x00", "utf-32"),
]
for data, enc in bad:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object == data)
        print(e)

before = sys.getallocatedblocks()
for i in range(20):
    try:
        ("abc\ud800" + str(i)).encode("utf-16")
    except UnicodeEncodeError as e:
        last = e
print(sys.getallocatedblocks() - before, last, last.encoding, last.start, last.end)
try:
    "\U0001f600\udfff".encode("utf-32")
except UnicodeEncodeError as e:
    print(e, e.object == "\U0001f600\udfff")
