# A memoryview is a bytes-like object: bytes(), bytearray(), join, +, find, in-place
# extend and comparisons take it, and iteration yields ints.
m = memoryview(b'hello world')
print(bytes(m), bytearray(m), bytes(m[::2]), bytearray(m[::-1]))
print(b'-'.join([m[:5], b'x', m[6:]]), bytearray(b'|').join([m[:1], m[1:2]]))
print(b'ab' + m[:3], bytearray(b'ab') + m[:3])
print(b'hello world'.find(m[6:]), m[6:] == b'world', b'hello'.startswith(m[:2]))
ba = bytearray(b'x')
ba += m[:2]
ba.extend(m[2:4])
print(ba)
print(list(iter(m[:3])), sum(m), max(m), sorted(m[:5]))
it = iter(m[:2])
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(bytes(memoryview(bytearray(b'ab'))), int.from_bytes(m[:2], 'big'))
print(b'abc'.replace(memoryview(b'b'), memoryview(b'B')), b'a,b'.split(memoryview(b',')))
print(bytearray(b'abc') == memoryview(b'abc'), b'abc' == memoryview(b'abd'))
