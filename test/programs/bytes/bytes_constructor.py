# bytes() from nothing, a count, an iterable of ints, a str with an encoding, and its errors.
print(bytes(), bytes(4), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(5)), bytes(b'xy'), bytes(bytearray(b'z')))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(x * 2 for x in range(4)), bytes({7: 1}))
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))
cases = [lambda: bytes('abc'), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(['a']),
         lambda: bytes(1.5), lambda: bytes(3, 'utf-8'), lambda: bytes(b'a', errors='strict'), lambda: bytes(None),
         lambda: bytes('a', 'nosuch')]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ':', e)
