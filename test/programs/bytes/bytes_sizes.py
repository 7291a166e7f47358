# sys.getsizeof of bytes: 33 bytes of header plus one per byte.
import sys
for n in (0, 1, 2, 7, 8, 15, 16, 100, 479, 480, 1000):
    print(n, sys.getsizeof(b'x' * n), sys.getsizeof(bytes(n)))
print(sys.getsizeof(b'abc'), sys.getsizeof('abc'.encode()), sys.getsizeof(b'a' + b'b'))
