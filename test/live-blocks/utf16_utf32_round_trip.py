# Text sent through UTF-16 and UTF-32 and back: the bytes each encoding makes and the str the
# decoder's writer leaves, widened on the way and resized at the end, kept on their lines.
names = ["Ada", "Zo\xeb", "\u0141ukasz", "\u5f20\u4f1f", "\U0001f600 smile"]
wire16 = [n.encode("utf-16") for n in names]
wire32 = [n.encode("utf-32") for n in names]
back16 = [w.decode("utf-16") for w in wire16]
back32 = [w.decode("utf-32") for w in wire32]
framed = b"".join(wire16)
letters = [b.decode("utf-16") for b in (b"\xff\xfeA\x00", b"\xff\xfe\xe9\x00", b"\xff\xfe\x00\x01")]
print(back16 == names, back32 == names, len(framed), letters)
