# A hand-written binary min-heap: push/pop/heapify/heapsort/merge of sorted runs and a task scheduler with ties.
class MinHeap:
    def __init__(self, items=None, key=lambda x: x):
        self.key = key
        self.data = list(items) if items else []
        for i in reversed(range(len(self.data) // 2)):
            self._down(i)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def _less(self, a, b):
        return self.key(self.data[a]) < self.key(self.data[b])

    def _up(self, i):
        while i > 0:
            parent = (i - 1) >> 1
            if self._less(i, parent):
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def _down(self, i):
        n = len(self.data)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._less(child, smallest):
                    smallest = child
            if smallest == i:
                return
            self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
            i = smallest

    def push(self, item):
        self.data.append(item)
        self._up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        last = self.data.pop()
        if not self.data:
            return last
        top, self.data[0] = self.data[0], last
        self._down(0)
        return top

    def peek(self):
        return self.data[0]

    def __repr__(self):
        return f"MinHeap({self.data!r})"

def heapsort(xs):
    h = MinHeap(xs)
    return [h.pop() for _ in range(len(h))]

def merge_runs(*runs):
    h = MinHeap([(run[0], r, 0) for r, run in enumerate(runs) if run])
    out = []
    while h:
        val, r, i = h.pop()
        out.append(val)
        if i + 1 < len(runs[r]):
            h.push((runs[r][i + 1], r, i + 1))
    return out

nums = [29, 3, 17, 3, -8, 42, 0, 11, 17, 5, -1]
h = MinHeap(nums)
print(h, len(h), h.peek())
print(heapsort(nums))
print(merge_runs([1, 4, 9], [2, 3, 10, 11], [], [0, 12]))
print(sorted(nums) == heapsort(nums))

counter = 0
tasks = MinHeap(key=lambda t: (t[0], t[1]))
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    tasks.push((prio, counter, name))
    counter += 1
while tasks:
    prio, seq, name = tasks.pop()
    print(f"{prio}:{seq:02d} {name:<8}|")
try:
    tasks.pop()
except IndexError as e:
    print("error:", e)

words = "the quick brown fox jumps over the lazy dog".split()
by_len = MinHeap(words, key=lambda w: (-len(w), w))
print([by_len.pop() for _ in range(4)])
kth = MinHeap()
for x in [5, 1, 9, 3, 7, 2, 8]:
    kth.push(x)
    if len(kth) > 3:
        kth.pop()
print("top3:", sorted(kth.data, reverse=True))
