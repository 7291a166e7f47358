# Closing a generator throws GeneratorExit in at its yield: the traceback entry (and the frame
# object it needs) are made on that line, and up to 3.11 the exception itself too, only once a
# handler catches it.
import sys
kept = []

def handles(n):
    while True:
        try:
            yield n
        except GeneratorExit as e:
            kept.append(e)
            return

def only_finally(n):
    try:
        yield n
    finally:
        kept.append(sys.exc_info()[1])

def bare(n):
    yield n

def delegates(n):
    try:
        yield from handles(n)
    finally:
        kept.append(sys.exc_info()[1])

for i, make in enumerate((handles, only_finally, bare, delegates)):
    g = make(i)
    next(g)
    g.close()
    g = make(i)
    next(g)
    del g
sys.stdout.write(f"{len(kept)}\n")
