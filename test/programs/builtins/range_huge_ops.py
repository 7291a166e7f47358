# range with bounds past 2**63: slicing, indexing, index/count, membership, len, equality and hash stay exact.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

r = range(2**100)
print(r[::-1], r[::-1][0], r[-1], r[2**99], attempt(lambda: r[2**100]), attempt(lambda: r[-2**100 - 1]))
s = range(0, 2**80, 3)[5:2**70]
print(s, s[0], s[-1], s.index(15), s.count(3 * 2**69), 3 * 2**69 in s, 3 * 2**69 + 1 in s)
print(attempt(lambda: len(r)), attempt(lambda: r.__len__()), bool(r), bool(range(2**100, 2**100)))
big = range(-2**64, 2**64, 2**30 + 1)
print(big, big[1000], big[-1000], big.index(big[12345]), big.count(big[7]), range(2**70, 2**70 + 9, 4).count(2**70 + 4.0), range(2**70, 2**70 + 9, 4).index(float(2**70 + 8)), big[7] in big, big[7] + 1 in big)
print(len(range(2**60 + 1)), range(2**60 + 1).__len__(), len(range(2**70, 2**70 + 3)), range(2**63 - 1).__len__())
print(range(2**70, 2**71, 7) == range(2**70, 2**71 - 1, 7), range(2**70, 2**70 + 1) == range(2**70, 2**70 + 5, 9), range(2**70, 2**70) == range(3, 1))
print(hash(range(2**70, 2**71, 7)) == hash(range(2**70, 2**71 - 1, 7)), hash(range(5, 6)) == hash(range(5, 7, 3)), hash(range(2**64, 2**65)))
print(r[2**98:2**99:2**90], r[-5:], r[:-2**99], r[2**101:], r[::2**99], range(10, -2**70, -3)[2**60::2**61])
print(attempt(lambda: r.index(-1)), attempt(lambda: r.index(2**100)), r.index(True), r.count(True), True in range(2), attempt(lambda: big.index(0)))
print(slice(None, None, -1).indices(2**80), slice(-2**90, 2**90, 3).indices(2**80), slice(5, -5).indices(2**70))
print(range(2**70).__reduce__(), range(-3, 2**64, 5).start, range(-3, 2**64, 5).stop, range(-3, 2**64, 5).step)
print(attempt(lambda: list(range(2**64))), attempt(lambda: range(2**70)[1.5]), attempt(lambda: range(1, 2**70, 0)))
print(list(range(2**63 - 3, 2**63 + 3)), list(range(-2**63 + 2, -2**63 - 2, -1)), list(reversed(range(2**64, 2**64 + 3))))
