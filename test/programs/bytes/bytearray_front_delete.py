# Deleting from the front moves ob_start instead of the bytes: the size stays until a resize.
import sys
b = bytearray(b'0123456789' * 10)
print(sys.getsizeof(b))
for k in range(8):
    del b[:5]
    print(len(b), sys.getsizeof(b), b[:5])
b += b'!'
print(len(b), sys.getsizeof(b))
b.append(33)
b[:10] = b''
print(len(b), sys.getsizeof(b), b[-3:])
