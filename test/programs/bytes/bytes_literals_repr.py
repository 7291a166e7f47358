# repr and str of bytes literals: quote choice, escapes, raw and concatenated literals.
samples = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x01\x7f\x80\xff',
           b'tab\there', b'new\nline', b'cr\r', b'back\\slash', rb'raw\n', b'con' b'cat',
           b'\101\102', bytes(3)]
for s in samples:
    print(repr(s), str(s), len(s))
print(type(b'x').__name__, isinstance(b'x', bytes), isinstance(b'x', bytearray))
