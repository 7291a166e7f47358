# memoryviews where bytes-like arguments are taken: %b formatting, containment, translate and
# maketrans, split, dict keys equal to bytes, slice assignment into an exported bytearray.
m = memoryview(b'xyz')
print(b'%b|%s' % (m, m[1:]))
print(bytearray(b'%b') % m)
print(m[0:1] in b'axb', b'y' in bytes(m))
print(b'abc'.translate(None, m), bytes.maketrans(m, b'XYZ')[120:123])
print(bytearray(b'abc').startswith(m[:0]), b'x,y'.split(memoryview(b',')))
print(repr(bytes(memoryview(bytearray(b'')))))
d = {memoryview(b'k'): 1}
print(d[b'k'], b'k' in d, len({memoryview(b'k'), b'k'}))
ba = bytearray(b'abc')
m = memoryview(ba)
ba[0:1] = memoryview(b'Z')
print(ba, m.tobytes())
ba[:] = m[::-1]
print(ba)
ba += b''
print(ba)
try:
    ba += m
except BufferError as e:
    print('BufferError', e)
print(ba)
