# closures, nonlocal counters, late binding in loops, and cells shared by several functions
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc(5)
print(get())

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "rebound"
    return middle()()


print(outer())


def unbound():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    return read()


print(unbound())
g = 10


def use_global():
    global g
    g += 1
    return g


print(use_global(), g)
