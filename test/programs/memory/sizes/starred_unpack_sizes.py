# A starred target's list is made by PySequence_List of what is left (presized by its
# length hint), and the items after the star are taken off its end without resizing it.
import sys

a, *b, c = [1, 2, 3, 4, 5, 6]
print(sys.getsizeof(b), b)
a, *b = (1, 2, 3)
print(sys.getsizeof(b), b)
*b, c = range(10)
print(sys.getsizeof(b), b)
a, *b = "hello world"
print(sys.getsizeof(b), b)


def g():
    yield from range(7)


a, *b, c = g()
print(sys.getsizeof(b), b)
b.append(1)
print(sys.getsizeof(b))
x, y = iter([1, 2])
for source in (iter([1, 2, 3]), g(), (1,), [1, 2, 3]):
    try:
        x, y = source
    except ValueError as e:
        print(e)


def count():
    n = 0
    while True:
        n += 1
        yield n


try:
    x, y = count()
except ValueError as e:
    print(e)
first, second, *rest = count() if False else range(5)
print(first, second, rest, sys.getsizeof(rest))
try:
    x, *y, z = (1,)
except ValueError as e:
    print(e)
