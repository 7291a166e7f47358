# + * in and comparisons between bytes, bytearray and other types.
a = b'abc'
print(a + b'def', a * 3, 2 * a, a * 0, a * -1, b'' * 5)
print(b'b' in a, b'bc' in a, b'' in a, 98 in a, 120 in a, bytearray(b'ab') in a)
print(a == b'abc', a != b'abd', a < b'abd', a <= b'ab', a > b'ab', a >= b'abc')
print(a == 'abc', a == bytearray(b'abc'), bytearray(b'abc') == a)
print(b'a' < b'b', b'' < b'\x00', b'\xff' > b'\x7f')
for expr in (lambda: a + 'x', lambda: a + 1, lambda: 'x' + a, lambda: a * 'x', lambda: 'x' in a,
             lambda: 256 in a, lambda: -1 in a, lambda: a < 'abc', lambda: a < 1):
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
