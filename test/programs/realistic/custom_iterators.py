# Custom iteration protocols: __iter__/__next__ classes, __getitem__ fallback, __reversed__, iter(callable, sentinel).
class Countdown:
    """Yields start, start-1, ..., 1 and stays exhausted."""
    def __init__(self, start):
        self.left = start

    def __iter__(self):
        return self

    def __next__(self):
        value, self.left = self.left, max(self.left - 1, 0)
        if value == 0:
            raise StopIteration
        return value

class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        x = self.lo
        while x < self.hi:
            yield x
            x += 1

    def __reversed__(self):
        return iter(range(self.hi - 1, self.lo - 1, -1))

    def __len__(self):
        return self.hi - self.lo

    def __contains__(self, x):
        print(f"  contains({x})")
        return self.lo <= x < self.hi

class Chunked:
    def __init__(self, items, size):
        self.items, self.size = items, size

    def __iter__(self):
        for i in range(0, len(self.items), self.size):
            yield self.items[i:i + self.size]

c = Countdown(3)
print(list(c), list(c), iter(c) is c)
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5), sum(Squares(4)))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
s = Span(3, 7)
print(list(s), list(reversed(s)), len(s), 5 in s, 9 in s, sorted(s, reverse=True))
print(list(Chunked("abcdefg", 3)), list(Chunked([1, 2, 3, 4], 2)))
data = [5, 3, 0, 8, 1]
pos = iter(range(len(data)))
reader = iter(lambda: data[next(pos)], 0)
print(list(reader))
print(list(zip(Countdown(4), "abcdef", Span(10, 20))), list(enumerate(Countdown(2), start=1)))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Span(0, 3), Squares(3))), max(Countdown(4)), min(Squares(4), key=lambda v: -v))
print(list(map(lambda p: p[0] * p[1], zip(Span(1, 4), Span(4, 7)))), any(x > 3 for x in Countdown(3)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(Span(0, 1))
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 42
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
print(list(filter(None, Countdown(3))), tuple(reversed([1, 2, 3])), list(reversed(range(3))))
