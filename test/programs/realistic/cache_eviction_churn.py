# An LRU-style cache built on a dict's insertion order: many inserts, hits, evictions, and the blocks they leave.
import sys


class Cache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        return value


def expensive(key):
    return [key] * (key % 7 + 1), str(key) * 3


before = sys.getallocatedblocks()
cache = Cache(50)
for i in range(2000):
    cache.get((i * 7919) % 113, expensive)
print(cache.hits, cache.misses, cache.evictions, len(cache.data))
print(sys.getallocatedblocks() - before > 0, list(cache.data)[:5])
cache.data.clear()
small = Cache(3)
for k in [1, 2, 3, 1, 4, 2, 5]:
    small.get(k, lambda k: k * k)
print(small.data, small.hits, small.misses, small.evictions)
print(len(cache.data), sys.getallocatedblocks() - before < 100)
