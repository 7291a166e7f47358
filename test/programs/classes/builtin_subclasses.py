# Subclassing list, set, tuple, and dict: inherited indexing, len, membership and iteration, with overridden methods on top
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), 2 in s, [x * 2 for x in s], s[0:2], type(s).__name__)
s[0] = 10
del s[1]
print(s, sum(s), sorted(s, reverse=True))

class Tags(set):
    def tagged(self, x):
        return x in self
t = Tags(["a", "b"])
t.add("c")
print(sorted(t), len(t), t.tagged("a"), "z" in t)

class Point(tuple):
    def norm1(self):
        return sum(abs(v) for v in self)
p = Point((3, -4))
print(p[0], p[1], len(p), p.norm1(), -4 in p, list(p))

class Counted(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counted()
c["a"] = 1
c["b"] = 2
print(c, len(c), list(c), "a" in c, c["b"])
for k in c:
    print(k, c[k])
del c["a"]
print(c)
