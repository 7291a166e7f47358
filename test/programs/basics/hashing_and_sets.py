# Hashes of ints, floats and tuples, and the order CPython's set table gives them.
print({1.5, 2.5, 0.1, 3.75, -1.5})
print(hash(-1.5), hash(2**70), {2**70, 2**64, 5})
print(hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1), {3, 1, 2, 10, 33, 17})
try:
    hash([])
except TypeError as e:
    print(e)
