# A binary min-heap priority queue written by hand, with decrease-key and stable ties.

class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._index = {}
        self._counter = 0

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def _less(self, i, j):
        return self._heap[i][:2] < self._heap[j][:2]

    def _swap(self, i, j):
        h = self._heap
        h[i], h[j] = h[j], h[i]
        self._index[h[i][2]] = i
        self._index[h[j][2]] = j

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self._swap(i, parent)
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self._heap)
        while True:
            left, right = 2 * i + 1, 2 * i + 2
            smallest = i
            if left < n and self._less(left, smallest):
                smallest = left
            if right < n and self._less(right, smallest):
                smallest = right
            if smallest == i:
                return
            self._swap(i, smallest)
            i = smallest

    def push(self, item, priority):
        if item in self._index:
            raise KeyError(f"{item!r} already queued")
        entry = [priority, self._counter, item]
        self._counter += 1
        self._heap.append(entry)
        self._index[item] = len(self._heap) - 1
        self._sift_up(len(self._heap) - 1)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        self._swap(0, len(self._heap) - 1)
        priority, _, item = self._heap.pop()
        del self._index[item]
        if self._heap:
            self._sift_down(0)
        return item, priority

    def peek(self):
        return self._heap[0][2] if self._heap else None

    def decrease(self, item, priority):
        i = self._index[item]
        if priority > self._heap[i][0]:
            raise ValueError(f"new priority {priority} is larger than {self._heap[i][0]}")
        self._heap[i][0] = priority
        self._sift_up(i)

    def check(self):
        h = self._heap
        for i in range(1, len(h)):
            assert h[(i - 1) // 2][:2] <= h[i][:2], (i, h)
        assert all(self._index[e[2]] == i for i, e in enumerate(h))
        return True


pq = PriorityQueue()
tasks = [("write", 3), ("test", 5), ("deploy", 9), ("review", 3), ("plan", 1), ("fix", 4), ("docs", 7)]
for name, prio in tasks:
    pq.push(name, prio)
print(len(pq), pq.peek(), pq.check())
pq.decrease("docs", 2)
pq.decrease("deploy", 3)
print(pq.peek(), pq.check())
try:
    pq.decrease("plan", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    pq.push("fix", 0)
except KeyError as e:
    print("KeyError:", e)
try:
    pq.decrease("nothing", 0)
except KeyError as e:
    print("KeyError:", e, repr(e))
order = []
while pq:
    order.append(pq.pop())
print(order)
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

# heap sort of a pseudo-random list using the queue
seed = 12345
values = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    values.append(seed % 1000)
pq2 = PriorityQueue()
for i, v in enumerate(values):
    pq2.push(i, v)
    if i % 10 == 0:
        pq2.check()
out = [pq2.pop()[1] for _ in range(len(pq2))]
print(out == sorted(values), out[:8], out[-3:])

# Dijkstra on a small graph using decrease-key
graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}
dist = {n: float("inf") for n in graph}
prev = dict.fromkeys(graph)
dist["A"] = 0
q = PriorityQueue()
for n in graph:
    q.push(n, dist[n])
while q:
    u, d = q.pop()
    for v, w in graph[u].items():
        if v in q._index and d + w < dist[v]:
            dist[v] = d + w
            prev[v] = u
            q.decrease(v, dist[v])
path, node = [], "E"
while node:
    path.append(node)
    node = prev[node]
print(dist, "->".join(reversed(path)))
