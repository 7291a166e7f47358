a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a)
a |= {9}
a &= {1, 9, 3}
a -= {3}
a ^= {7}
frozen = frozenset(x for x in a)
empty = set()
print(a, frozen, empty, {*a, *b}, len({n % 3 for n in range(10)}))
