# set algebra: | & - ^ and methods with several arguments and any iterables, in-place forms, comparisons
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9], range(2)), a.intersection(b, [4, 3, 7]), a.difference([1], (2,)), a.symmetric_difference([4, 8]))
print(a.union(), a.intersection(), a.difference(), a.union() is a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint(b), b.issubset(a))
print(a < b, a <= a, a < a, {1} < a, a > {1}, a >= b, a == {4, 3, 2, 1}, a != b)
print(frozenset(a) == a, frozenset(a) | b, b | frozenset(a), frozenset(a) & b, type(frozenset(a) - b).__name__, type(b - frozenset(a)).__name__)
c = set(a)
c |= b
print(c)
c &= {1, 5, 9}
print(c)
c -= {5}
print(c)
c ^= {1, 7}
print(c)
c.update([10], (11,), {12: 0})
print(c)
c.difference_update([10], [11])
print(c)
c.intersection_update([7, 12, 13], range(20))
print(c)
c.symmetric_difference_update([12, 14])
print(c)
for bad in (lambda: a | [1], lambda: a & 1, lambda: a - "x", lambda: a < [1], lambda: a.union(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    c |= [1]
except TypeError as e:
    print("TypeError:", e)
print(set("abc") == set("cba"), sorted(set("hello") - set("l")), sorted(set("abc") | set("cd")))
