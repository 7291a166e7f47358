# complex objects are 32 bytes; hashes agree with those of equal ints and floats.
import sys
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)), sys.getsizeof(0j), (1j).__class__.__name__)
print(hash(1 + 2j), hash(-1j), hash(complex(1.5, -2.5)), hash(3 + 0j) == hash(3), hash(0.5 + 0j) == hash(0.5))
print(hash(complex(1e300, 1e300)), hash(complex(-1, 0)), hash(1j) == hash(complex(0, 1)))

d = {1j: 'a', 2: 'b', 2 + 0j: 'c', 1.0 + 1j: 'd'}
print(d, len(d), {1j, 1j, complex(0, 1)})
