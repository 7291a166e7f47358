# set.pop order follows the table and its finger; pop until empty, then pop again raises
s = set(range(0, 100, 7))
out = []
while s:
    out.append(s.pop())
print(out)
t = {5, 13, 21, 29}
print([t.pop() for _ in range(len(t))])
u = set(range(20))
for i in range(0, 20, 2):
    u.discard(i)
print(u.pop(), u.pop(), sorted(u))
u.add(0)
print(u.pop(), u.pop())
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
