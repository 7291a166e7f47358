# list.sort and sorted: stability, key=, reverse= (stable in reverse too), only < is used
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
print(sorted(records, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))

class OnlyLt:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        OnlyLt.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"

xs = [OnlyLt(v) for v in [3, 1, 2, 3, 1]]
print(sorted(xs))
print(sorted(xs, reverse=True))
print(OnlyLt.calls > 0)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted("banana"), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted([]))
e = []
e.sort()
print(e, [1].sort())
big = [(i * 7919) % 1000 for i in range(500)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
