# 150 mixed bytearray mutations (generated once with a fixed seed): after each, the length,
# sys.getsizeof and __alloc__ follow PyByteArray_Resize's policy and the moving ob_start.
import sys
b = bytearray()
out = []
b.append(130)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(241)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[13:16] = b'z' * 1
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop(0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.insert(41, 7)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[:0] = b'q' * 37
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[-21:] = b''
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(4)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[-25:] = b''
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.insert(41, 7)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(224)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[-36:] = b''
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 14)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.insert(13, 7)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[-27:] = b''
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[:0] = b'q' * 35
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[-7:] = b''
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 18)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(216)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[:12]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(37))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.remove(b[0]) if b else None
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b = b[32:] if 32 % 2 else bytearray(b)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 2
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop(0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 23
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(55)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::3]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 1
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop(0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b *= 3
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[10:13] = b'z' * 8
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::4]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 32)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 36
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 17
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[38:41] = b'z' * 0
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 32
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[:0] = b'q' * 33
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::3]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[-31:] = b''
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b = b[36:] if 36 % 2 else bytearray(b)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[:32]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[:39]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::3]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[14:28]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[35:38] = b'z' * 9
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 5)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::2]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b = b[4:] if 4 % 2 else bytearray(b)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(231)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(127)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(39))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 18)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(130)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[:10]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[18:21] = b'z' * 7
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b *= 3
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(197)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 12
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(16))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend([1] * 32)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.remove(b[0]) if b else None
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 25)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(228)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b *= 1
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.remove(b[0]) if b else None
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::3]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 1)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 36
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[:0] = b'q' * 40
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(24)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(4))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(19))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.clear()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[8:16]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(111)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.remove(b[0]) if b else None
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop(0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[:24]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 6)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 27)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[31:62]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(151)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[:1]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 25
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend([1] * 1)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 20)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[:0] = b'q' * 36
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::3]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 6)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[:0] = b'q' * 35
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 34
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop(0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 2)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(85)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend([1] * 13)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(21))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[16:32]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 21
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(250)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(53)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 26
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(64)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 39
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[24:48]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(114)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[17:34]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 18
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[7:14]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop(0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(151)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(46)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 37)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop(0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 6)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[:0] = b'q' * 34
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend([1] * 18)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[:30]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(13))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[2:5] = b'z' * 0
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(163)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop()
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 4
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend([1] * 38)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.remove(b[0]) if b else None
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(39))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::4]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
if b: b.pop(0)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(range(34))
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 12)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 5)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[:0] = b'q' * 5
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.remove(b[0]) if b else None
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.append(173)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b[-25:] = b''
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.remove(b[0]) if b else None
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b += b'y' * 20
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
del b[::3]
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
b.extend(b'x' * 6)
out.append((len(b), sys.getsizeof(b), b.__alloc__()))
print(out)
print(b[:20], len(b))
