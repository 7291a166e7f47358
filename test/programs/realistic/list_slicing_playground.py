# Lists as everyday containers: slicing with negative steps, slice assignment of different
# lengths, extended slices, deletion, methods with their errors, sorted with key/reverse.
nums = list(range(10))
print(nums[::-1], nums[::2], nums[1::3], nums[-3:], nums[:-7:-1], nums[8:2:-2], nums[100:], nums[-100:2], nums[::-3])
print(nums[slice(2, 8, 3)], nums[slice(None)], slice(1, 10, 2).indices(5), slice(-1, None, -1).indices(4), slice(None, None, -2).indices(7))
a = nums[:]
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:0] = "ab"
print(a)
a[::2] = range(len(a[::2]))
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a[::-1] = []
except ValueError as e:
    print("ValueError", e)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
b[len(b):] = [7, 8]
b[3:1] = ["in"]
print(b)
c = [1, 2, 3]
c[5:10] = [9]
c[-10:-8] = [0]
print(c)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    c[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    c["1"]
except TypeError as e:
    print("TypeError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError", e)
words = ["pear", "Fig", "apple", "banana", "kiwi", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cid", 31, 5.9), ("dee", 25, 5.2)]
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, reverse=True)[0], max(people, key=lambda p: p[2]), min(people)[0])
w = words.copy()
w.sort(key=len)
print(w)
w.reverse()
print(w, w.count("kiwi"), w.index("kiwi"), w.index("pear", 2) if "pear" in w[2:] else -1)
w.insert(0, "first")
w.insert(100, "last")
w.insert(-1, "penultimate")
w.extend(("t1", "t2"))
w += "xy"
print(w, len(w))
print(w.pop(), w.pop(0), w.pop(-2), w)
w.remove("kiwi")
print(w)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
bad = [[0] * 3] * 3
bad[1][1] = 5
print(m, bad)
print([1, 2] * 2, 2 * [0], [] * 5, [1, 2] + [3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [[]] == [[]], [1, [2, [3]]][1][1][0])
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
x = [3, 1, 2]
x.sort(reverse=True)
print(x, list(reversed(x)), x[::-1] == list(reversed(x)), sum(x), sum([[1], [2]], []))
stack, queue = [], []
for i in range(4):
    stack.append(i)
    queue.insert(0, i)
print([stack.pop() for _ in range(len(stack))], queue)
lst = [1, 2, 3]
lst.append(lst)
print(lst, lst[3][3][0])
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "done"))
print(list(map(lambda p: p[0], people)), list(filter(None, [0, 1, "", "a", [], [0]])), list(zip(*[(1, 2), (3, 4)])))
print(list(enumerate("ab", start=10)), list(range(10, 0, -3)), range(10, 0, -3)[1], len(range(0, 10, 3)), 7 in range(1, 10, 3))
