# int(str) keeps the digits PyLong_FromString asked for: digits * log(base) / log(2**30) + 1 for
# a base that is not a power of two, every character's bits (leading zeros too) for one that is.
strs = [int("7" * k) for k in range(1, 120)]
neg = [int("-" + "9" * k) for k in range(1, 60, 3)]
under = [int("1_000" * k) for k in range(1, 30, 2)]
lead = [int("0" * 20 + "5" * k) for k in range(1, 40, 4)]
hexes = [int("00" + "f" * k, 16) for k in range(1, 60, 3)]
octs = [int("7" * k, 8) for k in range(1, 60, 5)]
b36 = [int("z" * k, 36) for k in range(1, 40, 3)]
b3 = [int("2" * k, 3) for k in range(1, 90, 7)]
auto = [int("0x" + "ab" * k, 0) for k in range(1, 20, 3)]
by = [int(b"123456789" * k) for k in range(1, 8)]
sp = [int("  12345678901234567890  ")]
print(len(strs), len(neg), len(under), len(lead), len(hexes), len(octs), len(b36), len(b3), len(auto), len(by), sp)
