# splitlines, title/istitle, expandtabs, translate, removeprefix/removesuffix (3.9+),
# and str(bytes, encoding) decoding.
import sys
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(True), b''.splitlines(), bytearray(b'x\ny').splitlines(keepends=True))
print(b'hello wORLD 2x'.title(), b'Hello World'.istitle(), b'hello'.istitle(), b''.istitle(), b'A1 B2'.istitle())
print(b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(4), b'\t\n\tx'.expandtabs(tabsize=2), b'a\tb'.expandtabs(0))
table = bytes(range(255, -1, -1))
print(b'abc'.translate(table), b'abcabc'.translate(None, b'b'), bytearray(b'xyz').translate(None, b'y'))
if sys.version_info >= (3, 9):
    print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
    print(bytearray(b'abc').removeprefix(b'a'), bytearray(b'abc').removesuffix(b'bc'))
else:
    print(hasattr(b'', 'removeprefix'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(bytearray(b'ok'), encoding='ascii'))
print(str(b'\xff', 'utf-8', 'replace'), str(b'abc', errors='strict'), repr(str(encoding='utf-8')))
for f in (lambda: str('abc', 'utf-8'), lambda: str(5, 'utf-8'), lambda: str(b'\xff', 'ascii'),
          lambda: b'abc'.translate(b'short'), lambda: str(b'a', 'nosuch')):
    try:
        print(f())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ':', e)
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), bytearray(b'cab').translate(bytearray.maketrans(b'c', b'C')), b''.maketrans(b'', b'')[:3])
try:
    bytes.maketrans(b'ab', b'c')
except ValueError as e:
    print('ValueError:', e)
