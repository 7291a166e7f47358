# Indexing gives ints, slicing gives bytes; negative indexes, steps and errors.
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[1:4], b[:5], b[6:], b[::2], b[::-1], b[-5:-1], b[100:], b[3:1])
print(b[::3], b[1::4], b[-1:-8:-2])
for bad in (11, -12):
    try:
        b[bad]
    except IndexError as e:
        print('IndexError:', e)
try:
    b[1.5]
except TypeError as e:
    print('TypeError:', e)
print(list(b'abc'), [x for x in b'\x00\xff'], tuple(b'hi'))
print(ord(b'a'), ord(bytearray(b'\xff')), [ord(b[i:i + 1]) for i in range(3)])
for f in (lambda: ord(b'ab'), lambda: ord(b''), lambda: ord(bytearray(b'xy'))):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
