# list.append, extend (from list, tuple, range, generator, str, dict), insert at any position and clamped indexes
a = []
for i in range(5):
    a.append(i * i)
print(a, len(a))
a.extend([10, 11])
a.extend((12,))
a.extend(range(13, 15))
a.extend(x for x in "ab")
a.extend("cd")
a.extend({"k": 1, "j": 2})
print(a)
a.extend(a)
print(len(a), a[-3:])
b = [1, 2, 3]
b.insert(0, "first")
b.insert(100, "last")
b.insert(-1, "before-last")
b.insert(-100, "very-first")
b.insert(2, "mid")
print(b)
try:
    b.extend(5)
except TypeError as e:
    print("TypeError:", e)
try:
    b.append()
except TypeError as e:
    print("TypeError:", e)
try:
    b.insert(1)
except TypeError as e:
    print("TypeError:", e)
try:
    b.insert("x", 1)
except TypeError as e:
    print("TypeError:", e)
