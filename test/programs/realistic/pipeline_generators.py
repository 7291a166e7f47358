# Data pipelines with generators: send, throw, close, yield from with return values,
# generator expressions as call arguments, closures with nonlocal, and iterator classes.
def running_average():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  reset because", e)
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, total)


gen = running_average()
print(next(gen), gen.send(10), gen.send(20), gen.send(3))
print(gen.throw(ValueError("bad reading")))
print(gen.send(7))
try:
    gen.send(None)
except StopIteration as stop:
    print("finished with", stop.value, stop.args)
try:
    next(gen)
except StopIteration as stop:
    print("again:", stop.value)


def chunked(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
    return "chunks done"


def delegating(items):
    result = yield from chunked(items, 3)
    print("  delegate got", repr(result))
    tail = yield from (x * 10 for x in range(2))
    print("  genexp returned", tail)
    return len(items)


print(list(delegating("abcdefgh")))
d = delegating(range(5))
print(next(d), d.send(None))
try:
    while True:
        next(d)
except StopIteration as e:
    print("delegating returned", e.value)


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


g = guarded()
print(next(g))
g.close()
print(list(g))
g = guarded()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)


def stubborn():
    try:
        yield "a"
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def bad_gen():
    yield 1
    raise StopIteration("oops")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()), sorted((c for c in "hello"), reverse=True))
print(any(n > 5 for n in [1, 7]), all(n for n in []), "-".join(str(n) for n in range(4)), dict((k, len(k)) for k in ["ab", "c"]))
nums = (n for n in range(3))
print(list(nums), list(nums), type(nums).__name__)


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return increment, peek


inc, peek = make_counter(5)
print(inc(), inc(10), peek(), inc.__closure__[0].cell_contents, [c.cell_contents for c in peek.__closure__])
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    return middle(), x


print(outer())


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(list(cd), list(cd), list(zip(Countdown(2), "xyz")), 2 in Countdown(5), iter(cd) is cd)
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(iter(lambda: next(it, None), None)))
sentinel_src = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(sentinel_src), 0)))
