# generators: send, throw, close, return value through StopIteration.value, and finally blocks
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            print("reset")
            total = count = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return count


g = averager()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.throw(ValueError))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


c = closer()
print(next(c))
c.close()
print(list(c))

c2 = closer()
try:
    c2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

fresh = averager()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
