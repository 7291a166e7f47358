# memoryview equality with bytes-like objects and other views (element-wise, any slice
# step), no ordering, and the hash of read-only views (that of the bytes); writable views refuse.
b = b'abcabc'
m = memoryview(b)
print(m == b, m == b'abcabc', b == m, m == bytearray(b), bytearray(b) == m, m == m, m != b)
print(m[:3] == m[3:], m[::2] == b'acb', m[::-1] == b'cbacba', m == b'abc', m == 'abcabc', m == 5, m == None)
print(m[:3] != m[3:], m != 'x', memoryview(b'') == b'', memoryview(b'') == memoryview(bytearray()))
def attempt(f):
    try:
        print('ok', f())
    except Exception as exc:
        print(type(exc).__name__, exc)
attempt(lambda: m < b)
attempt(lambda: m <= m)
attempt(lambda: m > 1)
attempt(lambda: b >= m)
print(hash(m) == hash(b), hash(m[:3]) == hash(b'abc'), hash(m[::2]) == hash(b'acb'))
print(hash(memoryview(b'')) == hash(b''))
w = memoryview(bytearray(b'abc'))
attempt(lambda: hash(w))
r = w.toreadonly()
attempt(lambda: hash(r) == hash(b'abc'))
print({m[:3]: 1}[b'abc'] if hash(m[:3]) == hash(b'abc') else None)
print(m.__eq__(b), m.__eq__(1), m.__ne__(b), m.__lt__(b))
