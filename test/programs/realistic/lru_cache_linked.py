# An LRU cache built from a dict and a doubly linked list with sentinel nodes.

class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None

    def __repr__(self):
        return f"Node({self.key!r}={self.value!r})"


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.map = {}
        self.head = Node("<head>")
        self.tail = Node("<tail>")
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            print(f"  evict {lru!r}")
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{items}}})"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache.get("z", "missing"))
cache.put("d", 4)
print(cache, len(cache), "b" in cache, "a" in cache)
cache.put("c", 30)
cache.put("e", 5)
print(list(cache))
print("hits=%d misses=%d evictions=%d" % (cache.hits, cache.misses, cache.evictions))

try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)

try:
    cache.head.color = "red"
except AttributeError as e:
    print("AttributeError:", e)


# A fib through the cache, counting calls.
calls = 0
fib_cache = LRUCache(100)
def fib(n):
    global calls
    calls += 1
    hit = fib_cache.get(n)
    if hit is not None:
        return hit
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    fib_cache.put(n, r)
    return r

print(fib(60), calls, len(fib_cache), fib_cache.hits, fib_cache.misses)
print(sorted(fib_cache)[:5], next(iter(fib_cache)))
