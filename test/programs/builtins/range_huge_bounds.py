# range() with bounds past 2**53 and past a C long: exact items, len, indexing, membership, and the longrange_iterator type.
r = range(2**70, 2**70 + 3)
print(list(r), len(r), r[1], 2**70 + 1 in r, r)
it = iter(range(2**63 - 2, 2**63 + 1))
print(type(it).__name__, list(it), type(iter(range(5))).__name__, type(iter(range(-2**63, -2**63 + 2))).__name__)
print(type(reversed(range(2**64))).__name__, next(reversed(range(2**64))))
