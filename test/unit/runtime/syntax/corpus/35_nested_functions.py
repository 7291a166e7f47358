def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def accumulate():
    total = 0
    items = []
    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total
    return add

inc = lambda v: v + 1
double = lambda v: v * 2
add = accumulate()
print(compose(inc, double)(5), memoize(lambda n: n * n)(9), add(1), add(2))
