# int.from_bytes makes its int from the significant bytes (_PyLong_FromByteArray): up to
# 3.10 even a small value is a new object, not the cached one; its block is sized for the
# digits those bytes need, kept after normalization.
import sys

g = sys.getallocatedblocks
# The cached ints to compare with (`is` against a literal would make the compiler warn).
five, zero, minus_one = 5, 0, -1
print(int.from_bytes(b"\x05", "big") is five, int.from_bytes(b"\x00", "little") is zero)
print(int.from_bytes(b"\xff", "big", signed=True) is minus_one, int.from_bytes(b"", "big") is zero)
b = g()
x = int.from_bytes(b"\x07", "big")
print(g() - b, sys.getsizeof(x))
for data, order, signed in [
    (b"\x01\x00\x00", "big", False), (b"\x00\x00\x00\x00\x01", "big", False),
    (b"\xff\xff\xff\x7f", "little", True), (b"\xff" * 9, "big", True), (b"\x00" * 8 + b"\x80", "big", True),
    (b"\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11", "little", False), (bytes(range(1, 20)), "big", False),
]:
    b = g()
    y = int.from_bytes(data, order, signed=signed)
    print(y, sys.getsizeof(y), g() - b)
    del y
kept = [int.from_bytes(bytes([i]), "big") for i in range(3)]
print([k is i for i, k in enumerate(kept)])
