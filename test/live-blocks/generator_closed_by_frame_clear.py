# A generator that only a function's local holds is closed when that function returns and
# its locals are cleared. 3.12+ have made the caller current by then (GH-99729), so the
# generator runs linked to the caller: the GeneratorExit's traceback keeps the generator's
# frame object, whose f_back is the caller's frame object, made on the caller's line. 3.11
# clears the locals while the returning frame is still current.
import sys


def counter():
    n = 0
    while True:
        yield n
        n += 1


def first(k, it):
    got = []
    for x in it:
        if len(got) >= k:
            break
        got.append(x)
    return got


def nested():
    return first(2, counter())


a = first(3, counter())
b = nested()
c = [first(1, counter()) for _ in range(2)]
sys.stdout.write(f"{a} {b} {c}\n")
