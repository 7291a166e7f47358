# dictionary changed size during iteration, keys changed during iteration, and safe patterns (iterate a copy)
d = {i: i * i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d.keys():
        del d[k]
        d[k + 10] = k
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for v in d.values():
        d.pop("a")
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {"x": 1}
for k, v in list(d.items()):
    d[k * 2] = v * 2
print(d)
d = {1: 2}
for k in d:
    d[k] = 5
print(d)
it = iter({1: 2, 3: 4})
print(next(it))
d2 = {1: 2, 3: 4}
it2 = iter(d2)
d2[5] = 6
try:
    next(it2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it2)
except RuntimeError as e:
    print("RuntimeError again:", e)
