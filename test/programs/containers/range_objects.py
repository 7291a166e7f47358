# range: repr, len, indexing, slicing, membership, index/count, equality, reversed, attributes, errors
r = range(10)
print(r, range(2, 8), range(1, 20, 3), range(10, 0, -2), range(0), range(-5))
print(len(r), len(range(1, 20, 3)), len(range(10, 0, -2)), len(range(5, 0)), len(range(0, -10, -3)))
print(r[0], r[-1], range(1, 20, 3)[2], range(10, 0, -2)[-1])
print(r[2:5], r[::2], r[::-1], r[-3:], range(1, 20, 3)[1:4], range(10, 0, -2)[::2], r[5:2], r[::-3])
print(list(r[::-1]), list(range(1, 20, 3)[::-2]))
print(3 in r, 10 in r, -1 in r, 3.0 in r, 3.5 in r, "3" in r, True in r, 7 in range(1, 20, 3), 8 in range(1, 20, 3))
print(r.index(4), range(1, 20, 3).index(13), r.count(3), r.count(11), r.count(3.0), range(1, 20, 3).index(7.0))
for bad in (lambda: r.index(10), lambda: r.index("a"), lambda: r[10], lambda: r["a"], lambda: range(1, 2, 0), lambda: range(1.5), lambda: range()):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) == range(4), range(3) != [0, 1, 2])
print(list(reversed(range(5))), list(reversed(range(1, 20, 3))), list(reversed(range(0))))
print(r.start, r.stop, r.step, range(1, 20, 3).step)
print(sum(range(101)), list(range(3, -4, -1)), max(range(7)), min(range(2, 9)), bool(range(0)), bool(range(1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(map(lambda x: x * x, range(5))), [i for i in range(20) if i % 7 == 3])
