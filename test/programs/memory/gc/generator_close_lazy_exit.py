# Closing (or dropping) a suspended generator throws GeneratorExit in. Up to 3.11 gen_close
# only sets its type: the instance is made where a handler in the generator catches it, and
# never where none does, so a close allocates one GC object fewer there, which moves the
# moment the youngest generation passes its threshold. (From 3.12 an automatic collection
# waits for the eval breaker, so the thresholds are only tried up to 3.11.)
import gc, sys

def plain():
    yield 1

def catcher():
    try:
        yield 1
    except GeneratorExit as e:
        kept.append(e)

def cleanup():
    try:
        yield 1
    finally:
        kept.append(sys.exc_info()[0])

def sub():
    yield 1

def delegating():
    yield from sub()

kept = []
if sys.version_info < (3, 12):
    for G in (plain, catcher, cleanup, delegating):
        for how in ("close", "del"):
            row = []
            for extra in range(4):
                g = G()
                next(g)
                gc.collect()
                c = gc.get_count()[0]
                gc.set_threshold(c + extra)
                if how == "close":
                    g.close()
                else:
                    del g
                row.append(gc.get_count()[0] - c)
                gc.set_threshold(700)
            print(G.__name__, how, row)
else:
    for G in (plain, catcher, cleanup, delegating):
        for how in ("close", "del"):
            print(G.__name__, how, "collected at the eval breaker")
print(len(kept), [type(e).__name__ for e in kept[:2]])

# Closed while the caller handles an exception: that one is its __context__ all the same.
seen = []
def watcher():
    try:
        yield 1
    except GeneratorExit as e:
        seen.append((type(e.__context__).__name__, e.__traceback__.tb_lineno - first_line, e.__traceback__.tb_next))
first_line = watcher.__code__.co_firstlineno
g = watcher(); next(g)
try:
    raise KeyError
except KeyError:
    g.close()
g = watcher(); next(g)
g.close()
print(seen)

# A subiterator whose close fails: its error is thrown in instead of GeneratorExit.
class BadClose:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise KeyError("close failed")

def outer():
    try:
        yield from BadClose()
    except KeyError as e:
        print("caught", repr(e))
        yield 5

g = outer(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = outer(); next(g)
print(g.throw(GeneratorExit))
