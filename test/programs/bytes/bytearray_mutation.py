# Mutating a bytearray: item and slice assignment, del, insert, remove, reverse, clear, *=.
b = bytearray(b'hello world')
b[0] = 72
b[-1] = ord('D')
print(b)
b[0:5] = b'HOWDY'
print(b)
b[5:6] = b', '
print(b)
b[:0] = b'>> '
print(b)
del b[0]
del b[-3:]
print(b)
b[::2] = b'x' * len(b[::2])
print(b)
del b[::3]
print(b)
b.insert(0, 33)
b.insert(100, 63)
b.insert(-1, 46)
print(b)
b.remove(ord('x'))
b.reverse()
print(b, b.pop(), b.pop(0), b)
c = bytearray(b'ab')
c *= 3
print(c)
c[1:3] = [65, 66, 67]
c[0:1] = bytearray(b'__')
c[-1:] = (49,)
print(c)
c.clear()
print(c, len(c))
