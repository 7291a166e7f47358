# Which strings and ints are shared objects: small ints, interned identifiers, sys.intern, and built strings that are not.
import sys

names = ["alpha", "beta", "alpha"]
print(names[0] is names[2], id(names[0]) == id("alpha"))
built = "".join(["al", "pha"])
print(built == "alpha", built is names[0], sys.intern(built) is names[0])
key = sys.intern("".join(["dyn", "amic_key"]))
again = sys.intern("dynamic" + "_key")
print(key is again, sys.getrefcount(key) > 1)
small = [i for i in range(-5, 257)]
print(all(a is b for a, b in zip(small, range(-5, 257))))
big1 = 1000 + int("1")
big2 = 1000 + int("1")
print(big1 == big2, big1 is big2, id(big1) != id(big2))
empty1, empty2 = "", str()
print(empty1 is empty2, tuple() is tuple([]), id(tuple()) == id(tuple(set())))
chars = [chr(c) for c in range(97, 100)]
print([c is ch for c, ch in zip(chars, "abc")])
words = "the cat sat on the mat".split()
print(words[0] is words[4], [sys.getsizeof(w) for w in words[:3]])
table = {}
for w in words:
    table[w] = table.get(w, 0) + 1
print(table, sys.getsizeof(table) >= sys.getsizeof({}))
f1 = 0.5 + 0.25
f2 = 0.75
print(f1 == f2, f1 is f2)
