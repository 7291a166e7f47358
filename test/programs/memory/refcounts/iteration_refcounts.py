# Reference counts seen inside for loops, comprehensions, enumerate/zip, sorted with a key, and unpacking.
import sys

rc = sys.getrefcount

items = [["a"], ["b"], ["c"]]
print("at rest", [rc(x) for x in items])
for x in items:
    print("loop var", rc(x))
print("after loop", rc(items[-1]), rc(x))
del x

print("comprehension", [rc(y) for y in items])
print("generator", list(rc(y) for y in items))
for i, y in enumerate(items):
    print("enumerate", i, rc(y))
del y
for a, b in zip(items, items[1:]):
    print("zip", rc(a), rc(b))
del a, b

counts = []
def key(item):
    counts.append(rc(item))
    return item[0]
ordered = sorted(items, key=key, reverse=True)
print("sorted key", counts, [rc(x) for x in items])
del ordered
print("min/max", rc(min(items)), rc(max(items, key=len)))

first, *rest = items
print("star unpack", rc(items[0]), rc(items[1]), rc(rest))
del first, rest
head, tail = items[0], items[1:]
print("slice", rc(items[1]), rc(tail))
del head, tail

d = {"k": items[0]}
for k, v in d.items():
    print("items()", rc(v))
del k, v
for v in d.values():
    print("values()", rc(v))
del v

it = iter(items)
print("iterator", rc(items), rc(it))
nxt = next(it)
print("next", rc(nxt))
del it, nxt
rev = reversed(items)
print("reversed", rc(items))
del rev
print("final", [rc(x) for x in items], rc(items))
