# Up to 3.10 a code object's 1024th run gives it an opcache, which tracemalloc gives to the
# frame's line then: a function's first line (its decorator's, if it has one), a resumed
# generator's yield.
limit = 3


def clamp(x):
    return min(x, limit)


def tag(fn):
    return fn


@tag
def decorated(x):
    return abs(x)


def counter():
    n = 0
    while True:
        n += 1
        yield len


total = 0
for i in range(1100):
    total += clamp(i) + decorated(-i)
gen = counter()
for i in range(1100):
    next(gen)
print(total)
