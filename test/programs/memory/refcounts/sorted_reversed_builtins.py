# sys.getrefcount of list items and containers around sorted(), reversed(), min/max, zip, enumerate and slicing.
import sys
rc = sys.getrefcount
class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
a, b, c = Item(3), Item(1), Item(2)
items = [a, b, c]
print("base:", rc(a), rc(items))
s = sorted(items)
print("after sorted:", rc(a), rc(b), s[0] is b)
r = reversed(items)
print("reversed holds list:", rc(items))
lst = list(r)
print("list(reversed):", rc(a), rc(items))
del r
print("del reversed:", rc(items))
m = max(items)
print("max:", m is a, rc(a))
del m
sl = items[1:]
print("slice:", rc(a), rc(b))
z = list(zip(items, items))
print("zip pairs:", rc(a))
del z
e = list(enumerate(items))
print("enumerate:", rc(a), rc(e[0][1]))
del e, s, lst, sl
print("back:", rc(a), rc(b), rc(c), rc(items))
items.sort(reverse=True)
print("sort in place:", rc(a), items[0] is a)
items.reverse()
print("reverse in place:", rc(a), items[0] is b)
keyed = sorted(items, key=lambda it: -it.n)
print("sorted with key:", rc(a), keyed[0] is a)
del keyed
t = tuple(items)
print("tuple:", rc(a), rc(t))
del t
print("final:", rc(a), rc(b), rc(c))
shrink = [Item(7), Item(8)]
r = reversed(shrink)
next(r)
print("reversed mid-way:", rc(shrink))
shrink.clear()
print("after clear, next:", next(r, "end"), rc(shrink))
r2 = reversed(shrink + [a])
print("exhausted reversed:", len(list(r2)), list(r2) == [], rc(a))
del r2
print("del exhausted:", rc(a))
