# list slicing, slice assignment (growing, shrinking, extended), slice deletion and del of items
a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-7], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[:] = range(4)
print(b)
b[len(b):] = [9]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del c[::3]
print(c)
del c[1:3]
print(c)
del c[0]
del c[-1]
print(c)
try:
    del c[50]
except IndexError as e:
    print("IndexError:", e)
try:
    c[50] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    c["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    c["a"] = 1
except TypeError as e:
    print("TypeError:", e)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [0, 1, 2, 3, 4, 5]
e[5:1:-2] = ["p", "q"]
print(e)
e[::-1] = range(6)
print(e)
f = [1, 2, 3]
f[10:20] = [4]
print(f)
try:
    f[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
g = list(range(6))
del g[::-2]
print(g)
g[::1] = []
print(g)
