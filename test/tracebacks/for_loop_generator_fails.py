def numbers():
    yield 1
    raise ValueError("no more numbers")


def delegate():
    yield from numbers()


total = 0
for n in delegate():
    total += n
