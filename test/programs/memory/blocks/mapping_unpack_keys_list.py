# `**m` and `{**m}` of a mapping that is no dict: dict_merge takes PyMapping_Keys(m), a list
# (keys()'s own when it is one, else one made of what it gives), then m[key] for each. A
# call's positional arguments beside it are a tuple of their own (BUILD_TUPLE, or a constant),
# no list. Each list freed goes to the list free list: with the free list drained first, the
# blocks a statement leaves count the lists it made.
import sys
blocks = sys.getallocatedblocks

class Keys:
    def __init__(self, d): self.d = d
    def keys(self): return self.d.keys()
    def __getitem__(self, k): return self.d[k]

class ListKeys(Keys):
    def keys(self): return list(self.d)

class IterKeys(Keys):
    def keys(self): return iter(self.d)

def f(*args, **kw): return args, kw

def drained(run):
    hold = [[] for _ in range(200)]
    b = blocks()
    kept = run()
    n = blocks() - b
    del hold
    return n, kept

x = 7
d = {"a": 1, "b": 2}
for cls in (Keys, ListKeys, IterKeys):
    m = cls(d)
    print(cls.__name__,
          drained(lambda: f(**m)),
          drained(lambda: f(1, 2, **m)),
          drained(lambda: f(1, 2, 3, **m)),
          drained(lambda: f(x, **m, c=3)),
          drained(lambda: {**m}),
          drained(lambda: dict(m)))
print(drained(lambda: f(x, **d)), drained(lambda: f(**d, c=1)), drained(lambda: {**d, "c": 1}))

# Errors: keys() missing, a keyword twice, keys() giving no iterable; a KeyError raised while
# another is handled is made at once (up to 3.11), and format_kwargs_error lets it stand.
class NoIter(Keys):
    def keys(self): return 5
m = Keys({"a": 1})
for call in (lambda: f(**3), lambda: {**3}, lambda: f(a=2, **m), lambda: f(**m, **m),
             lambda: f(**{"a": 0}, **m), lambda: f(**NoIter({})), lambda: dict(NoIter({}))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        raise ValueError
    except ValueError:
        try:
            call()
        except Exception as e:
            print("  while handling:", type(e).__name__, e)
