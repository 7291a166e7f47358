# int.to_bytes and int.from_bytes: byte orders, signed values, lengths, errors,
# and (3.11+) the defaults; dict.fromkeys and bytes.fromhex are class methods too.
import sys
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, byteorder='little', signed=True))
print(int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True), int.from_bytes(b'', 'big'))
print((2**64 - 1).to_bytes(8, 'big').hex(), int.from_bytes(bytes(range(20)), 'little'))
print((5).from_bytes(b'\x07', 'big'), True.to_bytes(1, 'big'))
for call in (lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
             lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(-1, 'big'),
             lambda: (1).to_bytes(1, 'middle'), lambda: int.from_bytes('ab', 'big'),
             lambda: int.from_bytes([256], 'big'), lambda: (1).to_bytes(1, 'big', True)):
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
if sys.version_info >= (3, 11):
    print((65).to_bytes(), int.from_bytes(b'\x00\x10'), (1).to_bytes(signed=True))
print(dict.fromkeys('ab', 0), {}.fromkeys([1]), bytes.fromhex('41 42'), bytearray.fromhex('43'))
