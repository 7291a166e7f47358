def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def chain(*iterables):
    for it in iterables:
        yield from it

def pairs(xs):
    prev = None
    for x in xs:
        if prev is not None:
            yield prev, x
        prev = x

def echo():
    received = yield
    while received is not None:
        received = yield received * 2

g = echo(); next(g)
print(list(chain(count_up(3), "ab")), list(pairs([1, 2, 3])), g.send(4))
