# Which constructors ask an object's length (PyObject_LengthHint), and how often: list()
# asked twice before 3.10 (list___init__ and list_extend), once since.
class L:
    def __init__(self):
        self.xs = [1, 2, 3]

    def __len__(self):
        print("  len")
        return 3

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        return self.xs[i]


a = L()
for name, make in (("list", list), ("tuple", tuple), ("sorted", sorted), ("set", set), ("bytes", bytes),
                   ("bytearray", bytearray), ("dict.fromkeys", dict.fromkeys), ("frozenset", frozenset)):
    print(name)
    print(make(a))
print("comprehension", [x for x in a])
print("bool", bool(a), "len", len(a))
b = []
print("extend")
b.extend(a)
print("reversed", list(reversed(a)))
print("join", " ".join(str(x) for x in a))
print("unpack")
x, y, z = a
print(sum(a), min(a), max(a))
