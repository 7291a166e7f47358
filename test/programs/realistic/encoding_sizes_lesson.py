# A lesson on text encodings: how many bytes a word takes in UTF-8, UTF-16 and UTF-32,
# and how big the str object itself is, for ASCII, Latin-1, BMP and astral text.
import sys

words = ["hello", "na\xefve", "\u00fcber", "\u043f\u0440\u0438\u0432\u0435\u0442", "\u65e5\u672c\u8a9e", "\U0001f40d\U0001f680"]
table = []
for w in words:
    row = (w, len(w), sys.getsizeof(w), len(w.encode("utf-8")), len(w.encode("utf-16")), len(w.encode("utf-32")))
    table.append(row)

print(f"{'word':<8}{'chars':>6}{'str':>6}{'utf8':>6}{'utf16':>6}{'utf32':>6}")
for w, n, size, u8, u16, u32 in table:
    print(f"{w!a:<8}{n:>6}{size:>6}{u8:>6}{u16:>6}{u32:>6}")

# Round trips keep the text; the decoded copies are new objects of the same size.
copies = []
for w in words:
    for enc in ("utf-8", "utf-16", "utf-32"):
        back = w.encode(enc).decode(enc)
        copies.append(back)
        assert back == w

same_size = all(sys.getsizeof(c) == sys.getsizeof(w) for c, w in zip(copies, [w for w in words for _ in range(3)]))
print("copies", len(copies), "same sizes", same_size)

# The byte order mark tells a reader the order; without it the decoder assumes little-endian.
bom16 = "hi".encode("utf-16")
print(bom16[:2], bom16[2:])
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"h\x00i\x00".decode("utf-16"))

# A broken file: half a character at the end.
damaged = "caf\xe9".encode("utf-16")[:-1]
try:
    damaged.decode("utf-16")
except UnicodeDecodeError as err:
    print("damaged:", err.reason, "at", err.start, err.end)

growth = []
before = sys.getallocatedblocks()
for n in range(1, 40):
    growth.append(("\u20ac" * n).encode("utf-16"))
print("blocks for 39 encodings", sys.getallocatedblocks() - before)
