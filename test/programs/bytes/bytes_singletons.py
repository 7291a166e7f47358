# The empty bytes and the one-byte bytes are shared objects; others are not.
x = b'ab'
print(x[:1] is b'a', x[1:] is b'b', x[0:0] is b'', bytes() is b'', bytes(0) is b'')
print(b'a' * 1 is b'a', x * 1 is x, x[:] is x, x[::1] is x)
print(bytes([97]) is b'a', 'a'.encode() is b'a', b'xyz'[1:2] is b'y')
print(bytes(1) is bytes(1), b'abc'.replace(b'z', b'q') is not None)
y = b'abc'
print(y.strip() is y, y.replace(b'x', b'y') is y, y.zfill(2) is y, y.ljust(3) is y)
print(y.split()[0] is y, b' '.join([y]) is y, bytes(y) is y)
