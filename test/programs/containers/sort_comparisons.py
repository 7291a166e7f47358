# list.sort compares only with < in timsort's order: the log of comparisons, key calls once per item, modified-during-sort
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
xs = [K(v) for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]]
xs.sort()
print(xs)
print(len(log), log[:12])
log.clear()
ys = [K(v) for v in [3, 2, 1, 4, 5, 6, 0]]
ys.sort(reverse=True)
print(ys, len(log), log)
calls = []
def key(x):
    calls.append(x)
    return -x
zs = [3, 1, 2]
zs.sort(key=key)
print(zs, calls)
lst = [3, 2, 1]
def evil(x):
    lst.append(x)
    return x
try:
    lst.sort(key=evil)
except ValueError as e:
    print("ValueError:", e)
print(lst)
lst2 = [1, 2, 3]
def peek(x):
    return len(lst2)
lst2.sort(key=peek)
print(lst2)
class Boom:
    def __lt__(self, other):
        raise RuntimeError("no order")
try:
    sorted([Boom(), Boom()])
except RuntimeError as e:
    print("RuntimeError:", e)
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
print(mixed)
long = [(i * 37) % 101 for i in range(300)]
long.sort()
print(long[:5], long[-3:], long == sorted(long))
runs = list(range(50)) + list(range(100, 40, -1)) + list(range(70))
runs.sort()
print(runs[:3], runs[-3:], len(runs))
