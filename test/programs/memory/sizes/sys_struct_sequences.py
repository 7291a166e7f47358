# sys's struct sequences (Objects/structseq.c): tuples whose fields are also attributes, with
# their own repr; sized as tuples of their fields, made at start-up and held by sys.
import sys

for name in ("version_info", "float_info", "int_info", "hash_info"):
    seq = getattr(sys, name)
    print(name, len(seq), sys.getsizeof(seq), isinstance(seq, tuple), type(seq).__name__, seq.n_fields)
    print("  refs", sys.getrefcount(seq) - 1)
    del seq

vi = sys.version_info
print(vi.major == vi[0], vi.minor == vi[1], vi[3:], vi >= (3, 8), tuple(vi[:2]) == (vi.major, vi.minor))
print(vi.releaselevel, vi.serial, hash(vi) == hash(tuple(vi)))
print(sys.float_info)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.hash_info.width, sys.hash_info.modulus)
print(sys.float_info.epsilon, sys.float_info.max * 0, sys.getswitchinterval())
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError", e)
try:
    type(vi)((3, 0, 0, "final", 0))
except TypeError as e:
    print("TypeError", e)
made = type(sys.int_info)((1, 2, 3, 4))
print(made, made.sizeof_digit, sys.getsizeof(made))
try:
    type(sys.int_info)((1, 2))
except TypeError as e:
    print("TypeError", e)
blocks = sys.getallocatedblocks()
for _ in range(3):
    made = type(sys.int_info)((5, 6, 7, 8))
del made
print("blocks", sys.getallocatedblocks() - blocks)
