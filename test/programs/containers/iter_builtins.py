# enumerate(start=), zip (strict= on 3.10+), map with several iterables, filter with None, iter(callable, sentinel), next defaults
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3))), list(zip([1], [2], [3])))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(bool, [0, 2])))
import sys
if sys.version_info >= (3, 10):
    print(list(zip([1, 2], [3, 4], strict=True)))
    for args in (([1], [1, 2]), ([1, 2], [1]), ([1, 2], [1, 2], [1])):
        try:
            list(zip(*args, strict=True))
        except ValueError as e:
            print("ValueError:", e)
else:
    print([(1, 3), (2, 4)])
    print("ValueError: zip() argument 2 is longer than argument 1")
    print("ValueError: zip() argument 2 is shorter than argument 1")
    print("ValueError: zip() argument 3 is shorter than arguments 1-2")
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)), count)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for bad in (lambda: iter(1), lambda: iter(1, 2), lambda: map(len), lambda: filter(len), lambda: zip(1), lambda: enumerate(5), lambda: next([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
e = enumerate(["x", "y"])
print(next(e), next(e), list(e))
z = zip("ab", "cd")
print(iter(z) is z, next(z), list(z))
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)
