# A discrete-event simulation of a help desk with a hand-written binary heap as the event queue.
class Heap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self):
        return len(self.a)


seed = 42
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n

events = Heap()
for cid in range(12):
    events.push((rand(60), "arrive", cid))
free_agents = 3
waiting = []
served = {}
log = []
while events:
    t, kind, cid = events.pop()
    if kind == "arrive":
        if free_agents:
            free_agents -= 1
            events.push((t + 5 + rand(10), "leave", cid))
            served[cid] = (t, t)
        else:
            waiting.append((t, cid))
    else:
        log.append(f"t={t:3} customer {cid:2} done")
        if waiting:
            arrived, nxt = waiting.pop(0)
            served[nxt] = (arrived, t)
            events.push((t + 5 + rand(10), "leave", nxt))
        else:
            free_agents += 1
print("\n".join(log[:5]))
waits = {c: start - arr for c, (arr, start) in served.items()}
print(sorted(waits.items()), max(waits.values()), round(sum(waits.values()) / len(waits), 2))
print(len(log), free_agents, waiting)
