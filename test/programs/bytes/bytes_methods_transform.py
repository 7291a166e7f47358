# split, rsplit, join, strip, replace, partition and case methods of bytes.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'), b'xxabcxx'.strip(b'x'))
print(b.split(), b.split(b','), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1))
print(b'  a  b  '.split(None, 1), b'  a  b  '.rsplit(None, 1), b''.split(), b''.split(b','))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b', '.join((b'x',)))
print(b.replace(b'l', b'L'), b.replace(b'l', b'L', 2), b'abc'.replace(b'', b'-'), b'aaa'.replace(b'a', b''))
print(b.upper(), b.lower(), b.swapcase(), b'hello world'.capitalize())
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'none'.partition(b'='))
print(b'42'.zfill(5), b'-42'.zfill(5), b'ab'.center(6, b'*'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5))
for f in (lambda: b'abc'.split(b''), lambda: b'abc'.split('a'), lambda: b'-'.join([b'a', 'b']),
          lambda: b'-'.join([1]), lambda: b'abc'.strip('a'), lambda: b'abc'.replace('a', b'b')):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
