# The Unicode errors the codecs raise (make_encode_exception, PyUnicodeDecodeError_Create): blocks on first and later raises.
import sys
g = sys.getallocatedblocks
s = 'h\xe9llo'
for i in range(3):
    b = g()
    try:
        s.encode('ascii')
    except UnicodeEncodeError as x:
        print('enc-raise', g() - b, sys.getrefcount(x.object) - sys.getrefcount(s), x.encoding is x.args[0])
    print('enc-after', g() - b)
bb = b'ab\xffcd'
for i in range(3):
    b = g()
    try:
        bb.decode('utf-8')
    except UnicodeDecodeError as x:
        print('dec-raise', g() - b, x.object is bb)
    print('dec-after', g() - b)
for enc in ('latin-1', 'utf-8'):
    b = g()
    try:
        '\U0001f600\ud800'.encode(enc)
    except UnicodeEncodeError as x:
        print(enc, 'raise', g() - b)
    print('after', g() - b)
b = g()
try:
    b'\xff'.decode('ascii')
except UnicodeDecodeError as x:
    print('ascii dec raise', g() - b)
print('after', g() - b)
b = g()
try:
    bytearray(b'\xff').decode()
except UnicodeDecodeError as x:
    print('ba dec raise', g() - b, type(x.object).__name__)
print('after', g() - b)
