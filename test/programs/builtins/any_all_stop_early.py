# any() and all() stop at the first item that decides; the generator is left suspended.
import sys


def noisy(values):
    for v in values:
        print("  gives", v)
        yield v


print(any(noisy([0, 1, 2])))
print(all(noisy([1, 0, 2])))
print(any(noisy([])), all(noisy([])))
g = noisy([3, 0, 5])
print(any(g), next(g))
marker = object()
r0 = sys.getrefcount(marker)
print(any(x is marker for x in [marker, marker, marker]), sys.getrefcount(marker) - r0)
print(sum(noisy([1, 2, 3])), sum(x * 0.5 for x in range(4)), sum([[1], [2]], []))


class Bad:
    def __repr__(self):
        return "Bad()"

    def __add__(self, other):
        raise ValueError("no")

    def __radd__(self, other):
        raise ValueError("no radd")


try:
    sum(noisy([1, Bad(), 3]))
except ValueError as e:
    print("ValueError", e)
