class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
    def __contains__(self, x):
        return x % 2 == 0 and 0 <= x < self.n

print(list(Countdown(3)), list(Range2(7)), 4 in Range2(7))
it = iter([1, 2, 3])
print(next(it), next(it, None), list(it))
