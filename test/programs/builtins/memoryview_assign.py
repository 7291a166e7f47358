# Item and slice assignment through a memoryview of a bytearray writes the bytearray; a
# view of bytes is read-only; sizes must match; deletion is refused.
ba = bytearray(b'abcdefgh')
m = memoryview(ba)
m[0] = 65
m[-1] = 72
print(ba)
m[1:3] = b'BC'
print(ba)
m[::2] = b'1234'
print(ba)
m[3:6] = bytearray(b'xyz')
print(ba)
m[:2] = memoryview(b'QR')
print(ba)
m[5:2:-1] = b'789'
print(ba)
s = m[2:6]
s[0] = 0
s[-1] = 255
print(ba, s.tolist())
m[:] = m[::-1].tobytes()
print(ba)
m[2:2] = b''
print(ba)
def attempt(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__, exc)
attempt(lambda: m.__setitem__(0, 256))
attempt(lambda: m.__setitem__(0, -1))
attempt(lambda: m.__setitem__(0, b'a'))
attempt(lambda: m.__setitem__(0, 1.0))
attempt(lambda: m.__setitem__(8, 1))
attempt(lambda: m.__setitem__(-9, 1))
attempt(lambda: m.__setitem__(slice(0, 2), b'abc'))
attempt(lambda: m.__setitem__(slice(0, 4, 2), b'abc'))
attempt(lambda: m.__setitem__(slice(0, 2), 'ab'))
attempt(lambda: m.__setitem__(slice(0, 2), [1, 2]))
attempt(lambda: m.__setitem__('a', 1))
attempt(lambda: m.__delitem__(0))
attempt(lambda: m.__delitem__(slice(0, 2)))
ro = memoryview(b'abc')
attempt(lambda: ro.__setitem__(0, 1))
attempt(lambda: ro.__setitem__(slice(0, 1), b'x'))
attempt(lambda: ro.__delitem__(0))
r2 = m.toreadonly()
print(r2.readonly, r2.obj is ba, r2.tobytes() == ba)
attempt(lambda: r2.__setitem__(0, 1))
print(ba)
