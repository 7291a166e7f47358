# list.reverse, copy, clear, +=, *=, *, + and comparisons between lists
a = [1, 2, 3]
a.reverse()
print(a)
b = a.copy()
b.append(4)
print(a, b, a is b)
c = a
c += [5, 6]
print(a, c is a)
c += (7,)
c += range(8, 9)
print(a)
d = [0, 1]
d *= 3
print(d)
d *= 0
print(d)
e = [1, 2]
e *= -1
print(e)
print([1, 2] * 2, 2 * [3], [] * 5, [1] + [2, 3])
try:
    [1] + (2,)
except TypeError as ex:
    print("TypeError:", ex)
try:
    [1] * 2.0
except TypeError as ex:
    print("TypeError:", ex)
try:
    x = [1]
    x += 5
except TypeError as ex:
    print("TypeError:", ex)
f = [1, 2, 3]
f.clear()
print(f, len(f))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1, 2] != [1, 2.0], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] <= [1, 2], [3] >= [2, 9])
try:
    [1, 2] < [1, "a"]
except TypeError as ex:
    print("TypeError:", ex)
try:
    [1] < (1,)
except TypeError as ex:
    print("TypeError:", ex)
print([1] == (1,), [nan := float("nan")] == [nan], [float("nan")] == [float("nan")])
