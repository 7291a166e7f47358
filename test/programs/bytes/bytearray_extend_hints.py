# extend() and bytes() from iterables: the length hint is asked once the iterator exists,
# and extend's temporary buffer (hint-sized, grown by half) leaves the exact size behind.
import sys
class H:
    def __init__(self, n, hint):
        self.n = n; self.hint = hint
    def __iter__(self):
        return iter(range(self.n))
    def __length_hint__(self):
        print('hint asked')
        return self.hint
b = bytearray(b'ab')
b.extend(H(5, 2))
print(b, sys.getsizeof(b))
b.extend(x for x in range(40))
print(len(b), sys.getsizeof(b))
b.extend(iter(b'xyz'))
print(b[-3:], sys.getsizeof(b))
print(bytes(H(3, 10)))
class NoIter:
    def __length_hint__(self):
        print('should not be asked')
        return 1
try:
    bytes(NoIter())
except TypeError as e:
    print(e)
try:
    bytearray().extend(NoIter())
except TypeError as e:
    print(e)
