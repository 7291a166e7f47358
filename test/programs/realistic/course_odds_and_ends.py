# Odds and ends a Python course covers: defaults, closures, scopes, hashing, chained errors.
import sys


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to.__defaults__)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
counter = 0


def bump(by=1, *, times=1):
    global counter
    for _ in range(times):
        counter += by
    return counter


print(bump(), bump(2, times=3), counter)


def outer():
    total = 0

    def inner(n):
        nonlocal total
        total += n
        return total

    return inner


acc = outer()
print([acc(n) for n in (5, 10, 20)], acc.__closure__[0].cell_contents)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


print(Point(1, 2) == Point(1, 2), Point.__hash__ is None)
try:
    {Point(1, 2)}
except TypeError as exc:
    print("unhashable:", exc)
groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups), sorted(map(sorted, groups)))
print(0.1 + 0.2, round(2.675, 2), round(0.5), round(1.5), 7 // -2, -7 % 3, divmod(-7, 2))
print(f"{1e16:.0f} {1/3:.3e} {12345.6789:_.2f} {-0.0} {float('nan') == float('nan')}")
if (n := len(sys.argv)) >= 1:
    print("walrus", n)
first, *middle, last = "abcdef"
print(first, middle, last)


def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError(f"bad number {text!r}") from exc


try:
    parse("12x")
except RuntimeError as exc:
    print(exc, "<-", repr(exc.__cause__), exc.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as exc:
    print(repr(exc), type(exc.__context__).__name__)
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict.fromkeys("aab", 0))
print(sys.getrefcount(append_to.__defaults__[0]), sys.getsizeof(append_to.__defaults__[0]))
