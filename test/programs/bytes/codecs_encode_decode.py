# str.encode and bytes.decode with utf-8, ascii and latin-1, the error handlers and messages.
for s in ('hello', 'café', 'naïve €5', '日本', '😀'):
    u = s.encode()
    print(repr(u), len(u), u.decode() == s, s.encode('utf-8') == u)
print('café'.encode('latin-1'), b'caf\xe9'.decode('latin-1'), 'abc'.encode('ascii'), b'abc'.decode('ascii'))
print('café'.encode('ascii', 'ignore'), 'café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'backslashreplace'))
print(b'caf\xc3\xa9 \xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'\xff'.decode('ascii', 'replace'))
print('x'.encode(encoding='UTF-8'), b'x'.decode(encoding='Latin1'), 'é'.encode('iso-8859-1'), b'\xe9'.decode('utf_8', 'replace'))
cases = [lambda: 'é'.encode('ascii'), lambda: 'aéé'.encode('ascii'), lambda: '€'.encode('latin-1'),
         lambda: '\ud800'.encode(), lambda: b'\xff'.decode(), lambda: b'ab\xe2\x82'.decode(),
         lambda: b'\xe2\x82(x'.decode(), lambda: b'\xc0\x80'.decode(), lambda: b'\xed\xa0\x80'.decode(),
         lambda: b'\x80'.decode('ascii'), lambda: 'x'.encode('nope'), lambda: 'é'.encode('ascii', 'bogus'),
         lambda: 'x'.encode(1), lambda: b'x'.decode(None)]
for f in cases:
    try:
        print(f())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e)
