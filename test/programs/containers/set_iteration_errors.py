# Set changed size during iteration, and iteration order of int sets after resizes and removals
s = set(range(5))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
t = set()
for i in [64, 1, 33, 8, 16, 2]:
    t.add(i)
print(t, list(t))
for i in range(100, 130):
    t.add(i)
print(list(t)[:10])
for i in range(100, 125):
    t.discard(i)
print(t)
u = {i * 8 for i in range(20)}
print(u)
u.difference_update(range(0, 160, 16))
print(u)
print(sorted({-5, 5, -8, 8, 1000000, -1000000}))
print({x * 1000003 for x in range(6)})
