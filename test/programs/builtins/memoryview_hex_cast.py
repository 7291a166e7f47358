# memoryview.hex with its separator arguments, cast to 'B' and 'c', toreadonly, and
# the errors of cast's format argument.
m = memoryview(b'\x00\x01\xab\xff\x10')
print(m.hex(), m[1:4].hex(), m[::2].hex(), memoryview(b'').hex())
print(m.hex(':'), m.hex('-', 2), m.hex(' ', -2), m.hex(b'_'), m.hex(sep='.', bytes_per_sep=3))
def attempt(f):
    try:
        print('ok', f())
    except Exception as exc:
        print(type(exc).__name__, exc)
attempt(lambda: m.hex('::'))
attempt(lambda: m.hex(1))
attempt(lambda: m.hex('é'))
c = m.cast('c')
print(c.format, c.itemsize, c.tolist(), c[0], c[2], c.tobytes(), len(c), c.obj is m.obj)
bb = c.cast('B')
print(bb.format, bb.tolist(), bb == m, bb == m.tobytes())
print(m.cast('B').tolist(), m.cast('B', (5,)).shape)
ba = bytearray(b'abc')
cw = memoryview(ba).cast('c')
cw[0] = b'z'
print(ba, cw[0:2].tolist())
attempt(lambda: cw.__setitem__(1, 1))
attempt(lambda: cw.__setitem__(1, b'xy'))
attempt(lambda: m.cast(1))
attempt(lambda: m.cast('B', 'x'))
attempt(lambda: m[::2].cast('B'))
attempt(lambda: m.cast('c').cast('c').tobytes())
r = m.toreadonly()
print(r.readonly, r.tobytes(), r.obj is m.obj, r is m)
