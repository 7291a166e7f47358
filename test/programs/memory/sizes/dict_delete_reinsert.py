# Dict sizes after deleting keys and inserting them again, and after popitem/clear.
import sys

def show(label, d):
    print(f"{label:<28} len={len(d):<3} size={sys.getsizeof(d)}")

d = {}
show("empty", d)
for i in range(10):
    d[f"k{i}"] = i
show("10 str keys", d)
for i in range(8):
    del d[f"k{i}"]
show("deleted 8", d)
for i in range(8):
    d[f"k{i}"] = i
show("re-inserted 8", d)
for i in range(10, 20):
    d[f"k{i}"] = i
show("20 keys", d)
for k in list(d):
    del d[k]
show("all deleted", d)
d["x"] = 1
show("one after deleting all", d)
d.clear()
show("cleared", d)

n = {}
for i in range(6):
    n[i] = i
show("6 int keys", n)
for rnd in range(5):
    del n[rnd]
    n[rnd + 100] = rnd
    show(f"churn round {rnd}", n)
for i in range(200, 230):
    n[i] = None
show("36 keys", n)
while len(n) > 2:
    n.popitem()
show("popitem down to 2", n)
copy = dict(n)
show("dict(copy) of that", copy)
show("n.copy()", n.copy())
show("{**n}", {**n})

big = dict.fromkeys(range(100))
show("fromkeys 100", big)
for i in range(95):
    big.pop(i)
show("popped 95", big)
big.update({i: i for i in range(1000, 1005)})
show("updated 5 more", big)
show("rebuilt by comprehension", {k: v for k, v in big.items()})

# Deleting never shrinks; only a resize on insert does.
d2 = {i: i for i in range(50)}
s0 = sys.getsizeof(d2)
for i in range(49):
    del d2[i]
print(s0 == sys.getsizeof(d2), len(d2))
for i in range(1000, 1100):
    d2[i] = i
    del d2[i]
show("after 100 insert+delete", d2)
