# A generator pipeline using yield from, send, throw and close, with delegation results.

def numbers(limit):
    n = 0
    try:
        while n < limit:
            yield n
            n += 1
    finally:
        print(f"  numbers({limit}) closed at {n}")

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

def squared(source):
    yield from (x * x for x in source)

def take(n, source):
    for i, x in enumerate(source):
        if i >= n:
            return
        yield x

print(list(take(4, squared(evens(numbers(100))))))

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [("a", [10, 20, 30]), ("b", [1.5, 2.5])]:
    g = grouper(results, key)
    print("prime:", next(g))
    for v in values:
        print(f"  send {v} ->", g.send(v))
    g.send(None)
print(results)

class Reset(Exception):
    pass

def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except Reset:
            print("  reset at", total)
            total = 0
        except GeneratorExit:
            print("  accumulator closing with", total)
            raise
        else:
            total += x

acc = accumulator()
next(acc)
print(acc.send(5), acc.send(7))
print(acc.throw(Reset))
print(acc.send(3))
acc.close()
print(acc.gi_frame is None)
try:
    acc.send(1)
except StopIteration as e:
    print("StopIteration", e.value)

def delegator():
    try:
        result = yield from accumulator()
    except ValueError as e:
        print("  delegator caught", e)
        yield "recovered"
    return "done"

d = delegator()
next(d)
d.send(10)
print(d.throw(Reset))
print(d.throw(ValueError("boom")))
try:
    next(d)
except StopIteration as e:
    print("finished with", repr(e.value))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_early():
    yield 1
    return "early"
    yield 2

g = returns_early()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
print(list(returns_early()), next(g, "exhausted"))

def chain(*iterables):
    for it in iterables:
        got = yield from it
        if got is not None:
            print("  sub-result", got)

print(list(chain([1, 2], "ab", returns_early(), range(2))))

gen = (i * 2 for i in range(3))
print(gen.__name__, next(gen), gen.send(None), list(gen))
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("KeyError from finished genexpr", e)
try:
    g2 = numbers(3)
    next(g2)
    g2.throw(ValueError("bad value"))
except ValueError as e:
    print("ValueError:", e)

def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x

rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
try:
    next(numbers(2)).send
except AttributeError as e:
    print("AttributeError:", e)
