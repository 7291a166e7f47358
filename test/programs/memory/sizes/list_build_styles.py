# sys.getsizeof of lists of the same length built in different ways, at several lengths.
import sys

def build_all(n):
    appended = []
    for i in range(n):
        appended.append(i)
    extended = []
    extended.extend(range(n))
    iadd = []
    iadd += range(n)
    return {
        "list(range)": list(range(n)),
        "[*range]": [*range(n)],
        "comprehension": [i for i in range(n)],
        "append loop": appended,
        "extend": extended,
        "+= range": iadd,
        "[0] * n": [0] * n,
        "list(genexpr)": list(i for i in range(n)),
        "list(map)": list(map(int, range(n))),
        "slice copy": list(range(n))[:],
        "sorted": sorted(range(n)),
        "copy()": appended.copy(),
        "list(tuple)": list(tuple(range(n))),
        "concat": list(range(n // 2)) + list(range(n - n // 2)),
    }

for n in (0, 1, 2, 3, 4, 5, 8, 9, 10, 16, 17, 25, 50, 100):
    sizes = {name: sys.getsizeof(v) for name, v in build_all(n).items()}
    print(n, sizes)

lst = []
prev = sys.getsizeof(lst)
steps = []
for i in range(70):
    lst.append(None)
    s = sys.getsizeof(lst)
    if s != prev:
        steps.append((len(lst), s))
        prev = s
print(steps)
while lst:
    lst.pop()
    s = sys.getsizeof(lst)
    if s != prev:
        steps.append((len(lst), s))
        prev = s
print(steps[-8:])
