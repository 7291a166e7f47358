# A deterministic bank-teller queue simulation with a linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

rng = LCG(42)
queue = []
tellers = [0, 0]
waits = []
served = 0
for minute in range(60):
    if rng.randint(1, 10) <= 6:
        queue.append(minute)
    for t in range(len(tellers)):
        if tellers[t] > 0:
            tellers[t] -= 1
        if tellers[t] == 0 and queue:
            arrived = queue.pop(0)
            waits.append(minute - arrived)
            tellers[t] = rng.randint(1, 4)
            served += 1
print("served", served, "left", len(queue))
print("max wait", max(waits), "avg wait", round(sum(waits) / len(waits), 3))
print(waits[:15])
