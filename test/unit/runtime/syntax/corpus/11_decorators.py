import functools
import time

def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            wrapper.elapsed = time.perf_counter() - start
    return wrapper

def repeat(times):
    def deco(fn):
        def inner(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return inner
    return deco

@timed
@repeat(times=3)
def hello(name, *, punct="!"):
    return "hi " + name + punct

print(hello("bob", punct="?"))
