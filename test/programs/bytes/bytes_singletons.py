# The empty bytes and the one-byte bytes are shared objects; others are not.
x = b'ab'
A = b'a'
B = b'b'
E = b''
Y = b'y'
print(x[:1] is A, x[1:] is B, x[0:0] is E, bytes() is E, bytes(0) is E)
print(A * 1 is A, x * 1 is x, x[:] is x, x[::1] is x, x * 0 is E, E * 3 is E)
print(bytes([97]) is A, 'a'.encode() is A, b'xyz'[1:2] is Y, b'xyz'[1::5] is Y)
print(bytes(1) is bytes(1), x + E is x, E + x is x)
y = b'abc'
print(y.strip() is y, y.replace(b'x', b'y') is y, y.zfill(2) is y, y.ljust(3) is y)
print(y.split()[0] is y, b' '.join([y]) is y, bytes(y) is y, y.partition(b'z')[0] is y)
