def readings():
    yield 1
    raise ValueError("sensor offline")
def total(source):
    t = 0
    for r in (
            source()):
        t += r
        t -= 1
    return t
total(readings)
