# sum() keeps an exact int total in a C long and an exact float total in a C double
# (Python/bltinmodule.c builtin_sum_impl): no intermediate total is allocated until an item
# of another type or an overflow leaves the fast path. Blocks are counted inside a generator
# as sum consumes it.
import sys


class I(int):
    pass


def gen(items, marks):
    n0 = sys.getallocatedblocks()
    for x in items:
        yield x
        marks.append(sys.getallocatedblocks() - n0)


def run(items, start=0):
    marks = []
    r = sum(gen(items, marks), start)
    print(r, marks)


big = 10 ** 6
run([big, big, big, big])
run([big, True, big, big])
run([big, I(5), big, big])
run([1.5, big, 2.5, 3.5])
run([1.5, True, 2.5, 3.5])
run([1.5, I(3), 2.5, 3.5])
run([big, 1.5, 2.5, big])
run([2 ** 62, 2 ** 62, big, big])
run([big, big, big], big)
run([big, big, big], 2 ** 70)
run([1.5, big, 2.5], 0.5)
for s in (0, 0.0):
    run([1.5, True, 2.5, 3.5, 4.5], s)
    run([1.5, I(3), 2.5, 3.5, 4.5], s)
    run([1.5, 2 ** 70, 2.5, 3.5, 4.5], s)


# The fast total leaves no object behind: an int made after the sum reuses the block the
# last item's int had (when that item was the only reference).
def ids():
    a = [10 ** 7 + i for i in range(5)]
    total = sum(a)
    last = id(a[-1])
    del a
    b = 10 ** 8 + 1
    return total, id(b) == last


print(ids())

for args in [(), (1, 2, 3)]:
    try:
        sum(*args)
    except TypeError as e:
        print(e)
try:
    sum(5)
except TypeError as e:
    print(e)
for bad in ([1, 'a'], [1.5, 'a'], [big, [1]]):
    try:
        sum(bad)
    except TypeError as e:
        print(e)
for start in ('', b'', bytearray()):
    try:
        sum([], start)
    except TypeError as e:
        print(e)
print(sum([1, 2], start=3), sum([0.1] * 10), sum([1e308, 1e308, -1e308]), sum([True, True]), type(sum([True, True])))
print(sum([[1], [2]], []), sum(x for x in range(5)), sum([], start=7), sum(iter([1, 2]), start=0.5))
print(sum([2 ** 63 - 1, 1]), sum([-2 ** 63, -1]), sum([2 ** 63, -1]), sum([1, 2 ** 64, 1.5]))
