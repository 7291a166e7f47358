# `is` on results of arithmetic, string operations, slicing, tuples and conversions: which give cached or unchanged objects.
def same(a, b):
    return a is b
n = 200
print(same(n + 56, 256), same(n + 57, 257), same(-5, 0 - 5), same(-6 + 0, int("-6")))
print(same(int("100"), 100), same(int("1000"), int("1000")), same(10 ** 2, 100), same(2 ** 10, 1024))
print(same(True + 0, 1), same(abs(-3), 3), same(len("abcd"), 4), same(round(2.6), 3))
s = "hello"
print(same(s[0], s[-5]), same(s[1:2], s[1]), same(s[:], s), same(s[0:5], s), same(s + "", s))
print(same(s * 1, s), same("".join([s]), s), same(s.strip(), s), same(s.lower(), s), same(s.upper(), "HELLO"))
print(same(str(s), s), same(s.replace("z", "y"), s), same(s.center(3), s), same(s.zfill(2), s))
print(same(chr(65), chr(65)), same(chr(300), chr(300)), same(s[-1], s[4]), same(s[-2:-1], s[3]))
t = (1, 2, 3)
print(same(t[:], t), same(tuple(t), t), same(t + (), t), same(t * 1, t), same(t[0:3], t))
l = [1, 2]
print(same(l[:], l), same(list(l), l), same(l * 1, l))
print(same(tuple(), ()), same(frozenset(), frozenset()), same(bytes(), b""), same(str(), ""))
print(same("".join([]), ""), same(s[3:3], ""), same(t[2:1], ()), same(b"abc"[1:1], b""))
f = 1.5
print(same(float(f), f), same(f + 0.0, f), same(float("1.5"), float("1.5")))
print(same(int(7), 7), same(int(True), 1), same(bool(5), True), same(not 0, True))
print(same(str(5), "5"), same(str(12), str(12)), same(repr("x"), repr("x")), same(format(3), "3"))
k = "key"
d = {k: 1}
print(same(list(d)[0], k), same(next(iter(d.items()))[0], k), same(min("b", "a"), "a"))
print(same(max([1000, 999]), max([1000, 999])), same(sorted([k])[0], k), same(dict.fromkeys([k]).popitem()[0], k))
import math
print(same(math.floor(7.9), 7), same(math.ceil(2.1), 3), same(int(9.99), 9), same(round(-0.4), 0), same(math.trunc(5.5), 5))
