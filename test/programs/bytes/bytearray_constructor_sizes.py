# The buffer bytearray() starts with depends on the argument: a count, bytes, a list, an iterator.
import sys
cases = [bytearray(), bytearray(0), bytearray(1), bytearray(10), bytearray(b''), bytearray(b'abc'),
         bytearray([1, 2, 3]), bytearray((1, 2, 3, 4, 5)), bytearray(range(10)), bytearray(range(100)),
         bytearray(x for x in range(20)), bytearray('héllo', 'utf-8'), bytearray(bytearray(b'xyz')),
         bytearray(b'ab') * 3, bytearray(b'ab') + b'cd', bytearray(b'hello')[1:4], bytearray(b'ab').copy()]
for c in cases:
    print(repr(c), len(c), sys.getsizeof(c))
for n in (0, 1, 7, 8, 9, 100, 1000):
    print(n, sys.getsizeof(bytearray(n)), sys.getsizeof(bytearray(b'x' * n)), sys.getsizeof(bytearray([0] * n)))
