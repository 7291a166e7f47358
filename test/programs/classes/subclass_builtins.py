# Subclasses of builtin containers keep the builtin behaviour they do not override.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), 2 in s, s[0:2], list(reversed(s)), type(s).__name__, isinstance(s, list))
s[0] = 10
del s[1]
print(s, sum(s), sorted(s, reverse=True))


class LoudDict(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


d = LoudDict()
d["a"] = 1
d["b"] = 2
del d["a"]
print(d, len(d), "b" in d, list(d), d.get("a", "none"))


class Tags(set):
    def describe(self):
        return ",".join(sorted(self))


t = Tags(["x", "y"])
t.add("z")
print(t.describe(), len(t), "x" in t, isinstance(t, set))


class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))


p = Pair((1, 2))
print(p, p.swap(), p[0], len(p), p + (3,), type(p.swap()).__name__)


class Shout(str):
    def loud(self):
        return self.upper() + "!"


w = Shout("hey")
print(w.loud(), len(w), w[1], "e" in w, w + "you", type(w).__name__)


class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))


o = Ordered(b=2, a=1, c=3)
print(list(o), [k for k in o], len(o))
