# A teacher's tour: how containers grow, as sys.getsizeof sees it.
import sys

sizes = []
items = []
last = sys.getsizeof(items)
for i in range(40):
    items.append(i)
    now = sys.getsizeof(items)
    if now != last:
        sizes.append((i + 1, now))
        last = now
print("list growth points:", sizes)

d = {}
last = sys.getsizeof(d)
for i in range(50):
    d["key%d" % i] = i
    now = sys.getsizeof(d)
    if now != last:
        print("dict grows at", len(d), "->", now)
        last = now

s = set()
last = sys.getsizeof(s)
for i in range(60):
    s.add(i * 7)
    now = sys.getsizeof(s)
    if now != last:
        print("set grows at", len(s), "->", now)
        last = now

word = ""
for ch in "héllo wörld ☃ 𝄞":
    word += ch
    print(repr(ch), sys.getsizeof(word), len(word))

nums = [10 ** k for k in range(0, 40, 5)]
print([sys.getsizeof(n) for n in nums])
print(sys.getsizeof(1.5), sys.getsizeof(1j), sys.getsizeof(True), sys.getsizeof(None))
t = tuple(range(10))
print(sys.getsizeof(()), sys.getsizeof(t), sys.getsizeof(t[:3]))
b = bytearray()
for i in range(20):
    b.append(i)
    print(len(b), sys.getsizeof(b), end="; ")
print()
while items:
    items.pop()
    if len(items) % 8 == 0:
        print(len(items), sys.getsizeof(items))
