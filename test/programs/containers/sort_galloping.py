# list.sort's galloping merges (gallop_left/right in merge_lo/hi): the count and order of __lt__ calls.
seed = [5]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
for trial in range(6):
    a = sorted(rnd(1000) for _ in range(300))
    b = sorted(rnd(1000) for _ in range(300))
    data = [K(x) for x in a + b + a[::3] + b[100:]]
    log.clear()
    data.sort()
    print(trial, len(log), sum((x * 7 + y) * (i % 13) for i, (x, y) in enumerate(log)))
    log.clear()
    data = [K(x) for x in b[::-1] + a]
    data.sort(reverse=True)
    print(trial, len(log), sum(x * 3 + y for x, y in log))
