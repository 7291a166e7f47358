# A frame a traceback keeps outlives its call and links to its caller's frame object, which
# is made then if the caller has none (3.11+; 3.12+ for a generator's frame), on the caller's
# line: the eval loop has returned to the caller when it clears the finished frame. Here the
# first is the module's, made when `del g` closes a generator that a finally is inside.
import sys
kept = []

def fails(n):
    raise ValueError(n)

def catches(n):
    try:
        fails(n)
    except ValueError as e:
        return e

def caller(n):
    kept.append(catches(n))
    return len(kept)

def numbers():
    try:
        yield 1
        yield 2
    finally:
        kept.append(0)

def squares(source):
    yield from (x * x for x in source)

def closes():
    g = squares(numbers())
    next(g)
    del g
    return len(kept)

def sums():
    return sum(squares(numbers()))

g = squares(numbers())
next(g)
del g
closes()
kept.append(catches(1))
caller(2)
total = sums()
sys.stdout.write(f"{len(kept)} {total}\n")
