# Generator coroutines: send(), throw(), close(), yield from with return values, and a round-robin scheduler.
def averager():
    total, count = 0.0, 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset because", e)
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

def collect_into(store, name):
    store[name] = yield from averager()
    yield "stored"

results = {}
for key, values in [("a", [10, 20, 30]), ("b", [1.5, 2.5]), ("c", [])]:
    g = collect_into(results, key)
    next(g)
    for v in values:
        g.send(v)
    print(key, g.send(None))
print(results)

a = averager()
print(next(a), a.send(4), a.send(6))
print(a.throw(ValueError("bad data")))
print(a.send(1))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)

def ticker(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
    finally:
        print(f"  cleanup {name}")

def round_robin(*gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            yield next(g)
        except StopIteration:
            continue
        queue.append(g)

print(list(round_robin(ticker("x", 3), ticker("y", 1), ticker("z", 2))))
t = ticker("w", 5)
print(next(t), next(t))
t.close()
print("closed:", list(t))

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return "stopped at %d" % n
        else:
            n += 1

c = counter()
out = [next(c)] + [c.send(x) for x in (None, None, "reset", None)]
print(out)
try:
    c.send("stop")
except StopIteration as e:
    print(e.args, e.value)

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))

def gen_with_return():
    yield 1
    return 99

def outer():
    r = yield from gen_with_return()
    yield r * 2

print(list(outer()))
g = (x * x for x in range(3))
print(next(g), list(g), list(g))
def broken():
    yield 1
    raise KeyError("inner")
try:
    for v in broken():
        print("got", v)
except KeyError as e:
    print("KeyError", e)
