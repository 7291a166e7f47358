# an LRU cache built on a dict (insertion order), with __getitem__/__setitem__/__delitem__ and __len__
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def __getitem__(self, key):
        if key not in self.data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def __setitem__(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("evict", oldest)
            del self.data[oldest]
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


cache = LRU(3)
for k in "abc":
    cache[k] = ord(k)
print(cache["a"])
cache["d"] = 100
print(cache.get("b"), cache.get("c"), len(cache))
cache["e"] = 5
del cache["c"]
print(list(cache.data), cache.hits, cache.misses)
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError:", e)
