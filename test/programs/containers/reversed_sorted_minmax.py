# reversed() of list/tuple/range/dict/str/user sequences, sorted() of any iterable, min/max with key= and default=
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(4))), list(reversed("abc")), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Seq())), list(reversed(Rev())))
for bad in (1, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
print(sorted({3: "c", 1: "a"}.items()), sorted("hello", reverse=True), sorted(x % 4 for x in range(10)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min([], default=None), max((), default=-1))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([1, 3, 3, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([1, 1.0]), min([1.0, 1]), max([True, 1]), max(2, 2.0))
for bad in (lambda: min(), lambda: min([]), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1], foo=1), lambda: min([1, "a"]), lambda: sorted(), lambda: sorted([], foo=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
words = ["pear", "Apple", "fig", "banana", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
