# memoryview of bytes, bytearray and another memoryview: length, items as ints, negative
# indices, slices with steps (views of the same buffer), tobytes/tolist and the attributes.
b = b'abcdefgh'
m = memoryview(b)
print(len(m), m[0], m[-1], m[3], type(m[0]).__name__)
for s in [m[1:4], m[::2], m[::-1], m[5:2:-1], m[10:], m[-3:], m[1:7:3]]:
    print(len(s), s.tobytes(), s.tolist(), s.nbytes, s.shape, s.strides, s.contiguous)
print(m.obj is b, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
ba = bytearray(b'xyz')
mb = memoryview(ba)
print(mb.readonly, mb.obj is ba, mb.tobytes(), mb.tolist())
mm = memoryview(m)
print(mm.obj is b, mm.tobytes(), mm is m, type(mm).__name__)
print(m[1:4].obj is b, m[::2].c_contiguous, m[::2].contiguous, m[::2].f_contiguous)
e = memoryview(b'')
print(len(e), e.tobytes(), e.tolist(), e.shape, e.strides, e.contiguous)
print(list(m), [x for x in m[::3]], list(reversed(m))[:3])
print(repr(m) == '<memory at %s>' % hex(id(m)), str(m) == repr(m))
print(bool(m), bool(e))
print(99 in m, 200 in m)
for bad in [1, 'abc', [1, 2], None, 1.5]:
    try:
        memoryview(bad)
    except TypeError as exc:
        print('TypeError', exc)
for i in [8, -9, 100]:
    try:
        m[i]
    except IndexError as exc:
        print('IndexError', exc)
for k in ['a', 1.0, None]:
    try:
        m[k]
    except TypeError as exc:
        print('TypeError', exc)
try:
    memoryview()
except TypeError as exc:
    print('TypeError', exc)
try:
    memoryview(b'a', b'b')
except TypeError as exc:
    print('TypeError', exc)
print(memoryview(object=b'kw').tobytes())
print(type(memoryview).__name__, memoryview.__name__)
try:
    class M(memoryview):  # not an acceptable base type
        pass
except TypeError as exc:
    print('TypeError', exc)
