# Integer bit manipulation: bit_length, masks, popcount, two's complement views, to_bytes/from_bytes, gray codes.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def twos(n, bits=8):
    return format(n & ((1 << bits) - 1), f"0{bits}b")

def gray(n):
    return n ^ (n >> 1)

def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n

for n in (0, 1, 5, 255, 256, 1023, 2**31 - 1, 2**63, -1, -128):
    print(f"{n:>20} bl={n.bit_length():<3} pc={popcount(abs(n)):<3} bin={bin(n)} {hex(n)} {oct(n)}")
for n in (5, -5, 127, -128, 0):
    print(n, twos(n), twos(n, 16), ~n, n << 3, n >> 1, -n >> 1)
print([gray(i) for i in range(8)], [from_gray(gray(i)) for i in range(8)] == list(range(8)))
print([format(gray(i), "03b") for i in range(8)])
flags = {"READ": 1, "WRITE": 2, "EXEC": 4, "ADMIN": 8}
perm = flags["READ"] | flags["EXEC"]
for name, bit in flags.items():
    print(f"{name:6} {'yes' if perm & bit else 'no'}")
perm ^= flags["EXEC"] | flags["ADMIN"]
print(perm, [n for n, b in flags.items() if perm & b])
x = 0xDEADBEEF
print(x.to_bytes(4, "big"), x.to_bytes(4, "little"), x.to_bytes(6, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((-2).to_bytes(2, "big", signed=True), (1000).to_bytes(2, byteorder="little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int("ff", 16), int("0b1011", 0), int("  -0o17 ", 0), int("z", 36), int("1_000"))
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, pow(3, 200, 1000), pow(2, -1, 7) if hasattr(int, "bit_count") or True else 0)
print((2**100).bit_length(), (2**100 - 1).bit_length(), 2**100 // 3**20, 10**30 % 997)
print(abs(-2**70), round(123456, -2), round(-2.5), round(3.5), round(0.125, 2), round(1234.5678, -1))
mask = 0
for b in (0, 3, 5, 63):
    mask |= 1 << b
print(mask, [i for i in range(mask.bit_length()) if mask >> i & 1])
print(True + True, True << 4, ~True, -True, True & 3, (5).__index__(), int(True), bool(-0))
