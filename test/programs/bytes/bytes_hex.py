# hex() with separators, bytes.fromhex and bytearray.fromhex, and their errors.
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -2), b.hex(b'_', 3))
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad  be ef'), bytes.fromhex(''), bytearray.fromhex('00ff'))
print(bytes.fromhex('41'), type(bytearray.fromhex('41')).__name__, b'\x01\x02'.hex())
for f in (lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('abc'), lambda: bytes.fromhex('a b'),
          lambda: bytes.fromhex(b'41'), lambda: b'ab'.hex('--')):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
