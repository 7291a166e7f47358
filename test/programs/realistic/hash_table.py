# A hash table with separate chaining and resizing, written on top of lists.
class HashTable:
    def __init__(self, capacity=4):
        self.buckets = [[] for _ in range(capacity)]
        self.count = 0
    def _bucket(self, key):
        return self.buckets[hash(key) % len(self.buckets)]
    def put(self, key, value):
        b = self._bucket(key)
        for pair in b:
            if pair[0] == key:
                pair[1] = value
                return
        b.append([key, value])
        self.count += 1
        if self.count > 2 * len(self.buckets):
            self._resize()
    def get(self, key, default=None):
        for k, v in self._bucket(key):
            if k == key:
                return v
        return default
    def _resize(self):
        old = self.buckets
        self.buckets = [[] for _ in range(len(old) * 2)]
        self.count = 0
        for b in old:
            for k, v in b:
                self.put(k, v)
    def __len__(self):
        return self.count

t = HashTable()
for i in range(50):
    t.put(i, i * i)
t.put(7, "seven")
print(len(t), len(t.buckets), t.get(7), t.get(49), t.get(99, "missing"))
print(max(len(b) for b in t.buckets), sum(len(b) for b in t.buckets))
t2 = HashTable()
for name in [(1, 2), (2, 1), 3.5, -1, True]:
    t2.put(name, str(name))
print([t2.get(k) for k in [(1, 2), 3.5, -1, 1]])
