def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            return average
        total += term
        count += 1
        average = total / count

def delegate(results, key):
    while True:
        results[key] = yield from averager()

results = {}
d = delegate(results, "a")
next(d)
for v in (10, 20, 30):
    d.send(v)
d.send(None)
print(results)
