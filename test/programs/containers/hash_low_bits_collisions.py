# Keys whose hashes share their low 32 bits but differ are different keys, and __eq__
# runs only between keys whose whole hashes are equal.
class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name


a = Key(7, "a")
b = Key(7 + 2**32, "b")
c = Key(7 - 2**32, "c")
d = Key(7 + 2**60, "d")
table = {}
table[a] = 1
table[b] = 2
table[c] = 3
table[d] = 4
print(len(table), table[b], table[c], table[d])
table[Key(7, "a")] = 5
print(len(table), table[a])
del table[b]
print(len(table), b in table, c in table)

ints = {n: n for n in (5, 5 + 2**32, 5 - 2**32, 5 + 2**40, 2**61 + 5, -(2**61) + 5, 2**64 + 5)}
print(len(ints), sorted(ints))
print(5 + 2**32 in ints, 6 + 2**32 in ints, ints[2**64 + 5])
words = {}
for i in range(2000):
    words["w%d" % i] = i
for i in range(0, 2000, 3):
    del words["w%d" % i]
print(len(words), words["w1000"], "w999" in words, sum(words.values()))
