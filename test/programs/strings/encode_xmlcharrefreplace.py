# The encoders write &#N; for what they cannot encode themselves (xmlcharrefreplace); a decoder given it raises TypeError.
import sys
for s in ["abc", "é€😀", "a\udc80b", "ÿ"]:
    for c in ["ascii", "latin-1", "utf-8"]:
        try:
            r = s.encode(c, "xmlcharrefreplace")
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(s), c, r)
for b in [b"abc", b"\xff\xfe", b"\xc3"]:
    for c in ["ascii", "utf-8"]:
        try:
            r = b.decode(c, "xmlcharrefreplace")
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(b, c, r)
n = sys.getallocatedblocks()
x = "é€😀 a long enough string to matter".encode("ascii", "xmlcharrefreplace")
print(sys.getallocatedblocks() - n, sys.getsizeof(x))
